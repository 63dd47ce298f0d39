"""Round 16, set AD: twenty posts by a thirty-first writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    # 1. A chart historian.
    post(
        "paper-lanterns-chart-history-ad",
        "wp_classic",
        "Taking the stairs: the chart life of 'Paper Lanterns'",
        [
            "Some records arrive at the top by lift. 'Paper Lanterns' took the stairs. The"
            " Halvorsen Drive's single crept onto the <em>Billboard</em> Hot 100 at No. 88 in"
            " the spring of 1987 and needed eleven weeks to reach its ceiling of No. 7 &mdash;"
            " which it touched, not by coincidence, the week <em>The Salt Road</em> (1987)"
            " went wide.",
            "Credits first, because they get mangled online. The song belongs to Mick Teague,"
            " the group's bassist, and to Lorna Vell, a staff writer at their publisher who"
            " never played a note on the record. Teague told a fanzine in 1988 that Vell"
            " &ldquo;wrote the whole chorus on the back of a bus ticket&rdquo;.",
            "H: Where it landed, country by country",
            "LIST: Canada (RPM): No. 1, two weeks in June | UK Singles Chart: No. 3"
            " | US Adult Contemporary: No. 12 | Australia: nowhere &mdash; I cannot find it"
            " anywhere in the Kent Music Report top 100",
            "The parent album, <em>Weathervane Hours</em>, did quieter business: a No. 22"
            " showing on the Billboard 200 and a gold disc from the RIAA that turned up, rather"
            " sadly, two years after the band had split. The single itself never went gold"
            " anywhere, which remains one of the odder gaps in the ledgers of that year.",
            "And the film? The montage the song plays over &mdash; three tankers crawling"
            " across white nothing &mdash; was shot on the Bonneville Salt Flats, which the"
            " script insists is the Aral Sea basin. The director, a Dubliner, reportedly wanted"
            " to shoot in Kazakhstan and got Utah instead.",
        ],
        video="vimeo:318442907",
        film=("The Salt Road", 1987),
        tracks=["Paper Lanterns"],
        people=[
            ("Paper Lanterns", "Mick Teague", "composer"),
            ("Paper Lanterns", "Lorna Vell", "composer"),
            ("Paper Lanterns", "The Halvorsen Drive", "performer"),
        ],
        albums=["Weathervane Hours"],
        peaks=[
            ("Paper Lanterns", 7, "billboard_hot_100"),
            ("Paper Lanterns", 1, "canada_rpm"),
            ("Paper Lanterns", 3, "uk_singles"),
            ("Paper Lanterns", 12, "billboard_adult_contemporary"),
            ("Weathervane Hours", 22, "billboard_200"),
        ],
        certs=[("Weathervane Hours", "gold", 1, "riaa")],
        places=["Bonneville Salt Flats"],
        stood=[("Bonneville Salt Flats", "the Aral Sea basin")],
    ),
    # 2. A record reviewer.
    post(
        "hollow-orchard-soundtrack-review-ad",
        "ghost",
        "Review: the Hollow Orchard soundtrack, fifteen years on",
        [
            "Soundtrack albums from the late-2000s indie boom have aged unevenly, and the one"
            " for <em>Hollow Orchard</em> (2009) &mdash; released without a title of its own,"
            " just the film's poster on the sleeve &mdash; has aged better than most."
            " Rating: 7.6.",
            "Its centrepiece is 'Tin Roof Hymn', which Marisol Dunne wrote alone and sings in a"
            " register so low it sounds borrowed. It scores the harvest montage, the one"
            " everybody remembers, and it is the reason the album climbed to No. 4 on"
            " Billboard's Soundtracks chart.",
            "Less celebrated but better, to my ears: 'Kestrel'. The Underlake recorded it; the"
            " writing credit is split between Jonah Pike and Ada Brannigan, who were a couple"
            " at the time and, judging by the lyric, not for much longer. It plays under the"
            " second half of the montage, after Dunne fades out.",
            "H: The numbers",
            "In Britain 'Tin Roof Hymn' got as high as thirty-one on the singles chart, and the"
            " BPI certified the album silver in 2011. Producer Gil Marchbanks deserves some"
            " credit for the sequencing, though he also let 'Cider Moon' onto the album, a"
            " B-side that, whatever the sleeve implies, is nowhere in the film.",
            "Those orchard shots, by the way, are not Normandy, whatever the title card says:"
            " the unit filmed them in Hood River, and Dunne laid her vocals down months later"
            " in Nashville. You can tell, if you know the light.",
        ],
        video="yt:Xk3pT9wQe2L",
        film=("Hollow Orchard", 2009),
        tracks=["Tin Roof Hymn", "Kestrel"],
        people=[
            ("Tin Roof Hymn", "Marisol Dunne", "composer"),
            ("Tin Roof Hymn", "Marisol Dunne", "performer"),
            ("Kestrel", "The Underlake", "performer"),
            ("Kestrel", "Jonah Pike", "composer"),
            ("Kestrel", "Ada Brannigan", "composer"),
        ],
        albums=["Hollow Orchard soundtrack"],
        peaks=[
            ("Hollow Orchard soundtrack", 4, "billboard_soundtracks"),
            ("Tin Roof Hymn", 31, "uk_singles"),
        ],
        certs=[("Hollow Orchard soundtrack", "silver", 1, "bpi")],
        places=["Hood River"],
        stood=[("Hood River", "Normandy")],
    ),
    # 3. A DJ's blog.
    post(
        "low-tide-radio-dj-notes-ad",
        "hugo",
        "Crate notes #41: Low Tide Radio",
        [
            "124 BPM, A minor, a four-bar intro you can mix into from almost anything. 'Low"
            " Tide Radio' has been in my bag since the white label, and it is still the record"
            " that gets the most 'what IS this' faces at the booth.",
            "Quick history for the kids. Cassetta &mdash; that's Ravi Okonjo and Pete Marr,"
            " one duo, one name &mdash; made it with Imke Solberg on vocals, and all three of"
            " them share the songwriting credit. The single went top ten in the UK (No. 9) and"
            " did even better in Germany, where it sat at number two behind some novelty song"
            " I have happily forgotten.",
            "H: The film bit",
            "Most people under thirty know it from <em>Neon Tidewater</em> (1998), where it"
            " plays over the beach-party montage. That beach is Scheveningen, dressed up as"
            " Fort Lauderdale with a few hired palm trees; the warehouse rave right after was"
            " filmed in Rotterdam's Maassilo, which I've actually played, so I can confirm the"
            " toilets are also authentic.",
            "The montage has a second track, 'Glasshouse' by Mirador, which their keyboard"
            " player Teo Vasquez wrote on a night train. Don't bother hunting for the Kavanagh"
            " record people keep tagging in the YouTube comments &mdash; 'Undertow' isn't in"
            " the film at all, I've checked frame by frame.",
            "Certs, since someone always asks: gold in Germany (BVMI), silver in the UK. I"
            " first heard it on a terrace in Ibiza in 1997 and have been chasing that feeling"
            " ever since.",
        ],
        video="vimeo:402915776",
        film=("Neon Tidewater", 1998),
        tracks=["Low Tide Radio", "Glasshouse"],
        people=[
            ("Low Tide Radio", "Cassetta", "performer"),
            ("Low Tide Radio", "Imke Solberg", "performer"),
            ("Low Tide Radio", "Ravi Okonjo", "composer"),
            ("Low Tide Radio", "Pete Marr", "composer"),
            ("Low Tide Radio", "Imke Solberg", "composer"),
            ("Glasshouse", "Mirador", "performer"),
            ("Glasshouse", "Teo Vasquez", "composer"),
        ],
        peaks=[
            ("Low Tide Radio", 9, "uk_singles"),
            ("Low Tide Radio", 2, "germany_media_control"),
        ],
        certs=[
            ("Low Tide Radio", "gold", 1, "bvmi"),
            ("Low Tide Radio", "silver", 1, "bpi"),
        ],
        places=["Scheveningen", "Maassilo"],
        stood=[("Scheveningen", "Fort Lauderdale")],
    ),
    # 4. A songwriter's own blog.
    post(
        "writing-quiet-as-snowfall-ad",
        "medium",
        "Thirty years of a song I almost threw away",
        [
            "I wrote 'Quiet as Snowfall' in the winter of 1993 with Owen Faraday, who had the"
            " melody and no words, at my kitchen table in Halifax. I had words and no melody."
            " That is most of the story of my career, honestly.",
            "We didn't sing it &mdash; neither of us can. Juniper Vale did, and she made it hers"
            " on the first take. It opened her second record, <em>Lantern Season</em>, and a"
            " year later a music supervisor rang about a film called <em>Snowline Motel</em>.",
            "H: What the film did",
            "The film came out in 1995. The song plays over the motel montage, Juniper's voice"
            " on top of snowploughs and vending machines, and within two months it was at"
            " number fourteen on the Hot 100. Adult contemporary radio went further: it peaked"
            " at two there, held off the top by a song I still can't listen to.",
            "The certifications came slowly. Gold in the States, platinum in Canada, where"
            " Juniper is from and where they have always been kinder to us. I have both discs"
            " in the hallway, slightly crooked.",
            "People ask whether I visited the set. I did, once. They filmed the motel in"
            " Revelstoke, which was supposed to be a Montana ski town, and it was so cold the"
            " crew ran heaters on the cameras. My other song for the film, 'Blue Ink', was cut"
            " in the edit and has never been heard since. Maybe that's for the best.",
            "<em>Della Marchetti writes songs and, lately, tomatoes. This is her blog.</em>",
        ],
        video="vimeo:276130594",
        film=("Snowline Motel", 1995),
        tracks=["Quiet as Snowfall"],
        people=[
            ("Quiet as Snowfall", "Della Marchetti", "composer"),
            ("Quiet as Snowfall", "Owen Faraday", "composer"),
            ("Quiet as Snowfall", "Juniper Vale", "performer"),
        ],
        albums=["Lantern Season"],
        peaks=[
            ("Quiet as Snowfall", 14, "billboard_hot_100"),
            ("Quiet as Snowfall", 2, "billboard_adult_contemporary"),
        ],
        certs=[
            ("Quiet as Snowfall", "gold", 1, "riaa"),
            ("Quiet as Snowfall", "platinum", 1, "music_canada"),
        ],
        places=["Revelstoke"],
        stood=[("Revelstoke", "a Montana ski town")],
    ),
    # 5. A vinyl reissue label's news page.
    post(
        "aviary-vinyl-reissue-news-ad",
        "squarespace",
        "News: Songs from the Aviary returns to vinyl",
        [
            "Kettle Hole Records is proud to announce the first vinyl pressing in over forty"
            " years of <em>Songs from the Aviary</em>, the soundtrack LP to <em>Midnight at the"
            " Aviary</em> (1979). Pre-orders open Friday: 180g black, plus 500 copies on"
            " feather-grey marble.",
            "The original sold handsomely on release &mdash; it reached No. 17 on the UK Albums"
            " Chart and was certified gold by the BPI in 1980 &mdash; yet it has never been"
            " reissued on wax. Our remaster comes from the original quarter-inch tapes, found"
            " in a garage outside Sheffield, a few miles from our office.",
            "H: Side A opens with the rooftop montage",
            "LIST: 'Feathers on the Wire' &mdash; Gloria Ashby (words and music: Gloria Ashby,"
            " Len Corrigan) | 'Nightjar' &mdash; The Pemberton Set (written by Hal Pemberton)",
            "Both songs accompany the famous rooftop sequence, shot atop the Royal Liver"
            " Building in Liverpool with the Mersey doing its best impression of the East"
            " River: in the film it's Manhattan, and nobody in 1979 seemed to mind.",
            "'Feathers on the Wire' was the hit, of course; as a single it made No. 6 in"
            " Britain. 'Nightjar' missed the top 40 entirely but has since become the record"
            " collectors ask us about most. Its single edit is included as a bonus on side D.",
        ],
        video="vimeo:189447302",
        film=("Midnight at the Aviary", 1979),
        tracks=["Feathers on the Wire", "Nightjar"],
        people=[
            ("Feathers on the Wire", "Gloria Ashby", "performer"),
            ("Feathers on the Wire", "Gloria Ashby", "composer"),
            ("Feathers on the Wire", "Len Corrigan", "composer"),
            ("Nightjar", "The Pemberton Set", "performer"),
            ("Nightjar", "Hal Pemberton", "composer"),
        ],
        albums=["Songs from the Aviary"],
        peaks=[
            ("Songs from the Aviary", 17, "uk_albums"),
            ("Feathers on the Wire", 6, "uk_singles"),
        ],
        certs=[("Songs from the Aviary", "gold", 1, "bpi")],
        places=["Royal Liver Building"],
        stood=[("Royal Liver Building", "Manhattan")],
    ),
    # 6. A karaoke site.
    post(
        "call-me-clementine-karaoke-ad",
        "gutenberg",
        "Song of the Week: Call Me Clementine",
        [
            "Difficulty: &#9733;&#9733;&#9733;&#9734;&#9734;. Range: A3 to E5. Best for: brave"
            " altos, hen parties, anyone who has just been dumped.",
            "This week's pick is the one you've heard belted in every bar since <em>The"
            " Tallyman's Daughter</em> (2003) put it in that karaoke-bar scene. Ruby"
            " Okafor-Lane sings it on the record, but she didn't write it &mdash; that was"
            " Stanley Brisco, a jingle writer who reportedly made more from this one song than"
            " from twenty years of cat-food adverts.",
            "H: Why it works at karaoke",
            "The verse sits low and lazy; the chorus jumps a sixth and you'd better be ready."
            " Take the key down a tone if you've had more than two drinks. The long note at"
            " 2:48 is optional (Ruby holds it for nine seconds; nobody expects you to).",
            "H: Chart bragging rights",
            "Big in Britain, where it stopped at No. 5, and bigger down under: number one on the"
            " ARIA singles chart for four weeks and double platinum there. Ruby, who grew up in"
            " Auckland, says Australians &ldquo;adopted it like a stray&rdquo;.",
            "Trivia for your table: the bar in the film is meant to be a Hong Kong dive, but the"
            " crew shot it in a tiny place in Golden Gai, in Shinjuku, and two of the extras are"
            " the real owners.",
            "Which version to pick? Our machines carry the original and a rubbish"
            " 'sound-alike'. Choose the original.",
        ],
        video="yt:bR7nH2cKq0s",
        film=("The Tallyman's Daughter", 2003),
        tracks=["Call Me Clementine"],
        people=[
            ("Call Me Clementine", "Ruby Okafor-Lane", "performer"),
            ("Call Me Clementine", "Stanley Brisco", "composer"),
        ],
        peaks=[
            ("Call Me Clementine", 5, "uk_singles"),
            ("Call Me Clementine", 1, "other:ARIA Singles Chart"),
        ],
        certs=[("Call Me Clementine", "platinum", 2, "aria")],
        places=["Golden Gai"],
        stood=[("Golden Gai", "a Hong Kong dive")],
    ),
    # 7. A music-licensing newsletter.
    post(
        "better-weather-sync-report-ad",
        "substack",
        "Sync Report: what one road-trip montage did for Foxglove Union",
        [
            "Welcome back to Cleared, the newsletter about who gets paid when a song meets a"
            " picture. This week: a case study every indie publisher should tape to the fridge.",
            "In <em>Copper Kettle Summer</em> (2015), the road-trip montage runs two songs back"
            " to back. First comes 'Better Weather', a 2011 album track by Foxglove Union that"
            " their singer Priya Halden wrote alone; then 'Mile Marker Nine', Abe Koenig's"
            " co-write with Rosa Ling, which Koenig sings himself.",
            "H: The deal",
            "Our sources put the 'Better Weather' fee at a modest five figures, all-in, master"
            " and sync. The producer of the original session, Dale Ormsby, gets nothing from"
            " it, which is a separate newsletter.",
            "H: The bump",
            "Four years after release, 'Better Weather' finally entered the Hot 100 and rose as"
            " far as number 41. Last spring the RIAA certified it platinum. The album it came"
            " from, <em>Paper Boats</em>, re-entered the Billboard 200 at 63 and eventually"
            " peaked at 37, its best showing ever.",
            "For the record, the trailer used a different Foxglove Union song, 'Sunday Gold',"
            " which is nowhere in the finished film, so any licensing claim you see for it"
            " concerns the trailer only.",
            "The montage itself was shot in and around Marfa, standing in for a New Mexico"
            " border town; Koenig, a Texan, reportedly laughed at that.",
        ],
        video="yt:Lw4_eZt8JmQ",
        film=("Copper Kettle Summer", 2015),
        tracks=["Better Weather", "Mile Marker Nine"],
        people=[
            ("Better Weather", "Foxglove Union", "performer"),
            ("Better Weather", "Priya Halden", "composer"),
            ("Mile Marker Nine", "Abe Koenig", "composer"),
            ("Mile Marker Nine", "Rosa Ling", "composer"),
            ("Mile Marker Nine", "Abe Koenig", "performer"),
        ],
        albums=["Paper Boats"],
        peaks=[
            ("Better Weather", 41, "billboard_hot_100"),
            ("Paper Boats", 37, "billboard_200"),
        ],
        certs=[("Better Weather", "platinum", 1, "riaa")],
        places=["Marfa"],
        stood=[("Marfa", "a New Mexico border town")],
    ),
    # 8. A radio presenter's show notes.
    post(
        "carousel-girl-show-notes-ad",
        "jekyll",
        "Show notes: Sunday Night Reels, episode 212",
        [
            "Thanks to everyone who texted in from the M25 tonight. As promised, here's"
            " everything from hour two, the film-song feature, which this week went back to"
            " the summer of 1983 and <em>Ferris Wheel at Dusk</em>.",
            "H: The songs",
            "LIST: 'Carousel Girl' &mdash; The Marlowe Brothers | 'Sugarbeet' &mdash; Nora Quill",
            "Both are in the fairground montage, one after the other. 'Carousel Girl' is a"
            " Marlowe family affair: Dan and Eddie Marlowe wrote it in their mum's caravan, or"
            " so Eddie told me on air in 1994. 'Sugarbeet' Nora wrote herself, aged nineteen.",
            "H: How they did",
            "'Carousel Girl' was a transatlantic smash: four on the Billboard Hot 100, eleven"
            " here in the UK, and number two in Australia on the Kent chart. It picked up two"
            " gold discs, one from the RIAA and the other from Music Canada. 'Sugarbeet' never"
            " charted anywhere, which I consider a crime.",
            "Where was it filmed? Santa Cruz Beach Boardwalk, playing Coney Island, and I'll"
            " take no correspondence on that. Next week: live from our Brighton studio, the"
            " music of heist films.",
        ],
        video="vimeo:533806219",
        film=("Ferris Wheel at Dusk", 1983),
        tracks=["Carousel Girl", "Sugarbeet"],
        people=[
            ("Carousel Girl", "The Marlowe Brothers", "performer"),
            ("Carousel Girl", "Dan Marlowe", "composer"),
            ("Carousel Girl", "Eddie Marlowe", "composer"),
            ("Sugarbeet", "Nora Quill", "performer"),
            ("Sugarbeet", "Nora Quill", "composer"),
        ],
        peaks=[
            ("Carousel Girl", 4, "billboard_hot_100"),
            ("Carousel Girl", 11, "uk_singles"),
            ("Carousel Girl", 2, "australia_kent"),
        ],
        certs=[
            ("Carousel Girl", "gold", 1, "riaa"),
            ("Carousel Girl", "gold", 1, "music_canada"),
        ],
        places=["Santa Cruz Beach Boardwalk"],
        stood=[("Santa Cruz Beach Boardwalk", "Coney Island")],
    ),
    # 9. A Spanish writer blogging in English.
    post(
        "azahar-orange-grove-song-ad",
        "blogger",
        "The song of the orange blossom (Azahar) and why I cry in the cinema",
        [
            "Hola again to my readers. Today I write about a song that makes me cry every time,"
            " even in the bus, and the film where I discover it: <em>The Orange Grove"
            " Letters</em>, from 2011. I am from Zaragoza and we don't have orange trees, so"
            " maybe this is why it touch me so much.",
            "The song is 'Azahar' and it is sang by Lucía Benedetto, who compose it together"
            " with Marcos Ribera. In Spain it was number one in the list of singles during six"
            " weeks, and Promusicae give to it the platinum disc. Is incredible for a song that"
            " is half in English, half in Spanish. It is also on her album <em>Cartas de"
            " Agua</em>, that I have in vinyl.",
            "H: The montage",
            "In the film the song sound when Clara reads all the letters and we see the seasons"
            " pass in the orange grove. This grove they film it in Sóller, in Mallorca, but in"
            " the film it is supposed to be California. I go to Sóller last summer and is"
            " exactly the same, I promise you.",
            "After 'Azahar' comes another song, in English, 'Letters in July' from The"
            " Quayside. The letra (lyrics) and the music are from Tom Ellery. This one arrive to"
            " the position 28 in the British chart of singles.",
            "If you know other songs like this, write me in the comments, please!! Besos.",
        ],
        video="yt:aZ9oF1pYh-4",
        film=("The Orange Grove Letters", 2011),
        tracks=["Azahar", "Letters in July"],
        people=[
            ("Azahar", "Lucía Benedetto", "performer"),
            ("Azahar", "Lucía Benedetto", "composer"),
            ("Azahar", "Marcos Ribera", "composer"),
            ("Letters in July", "The Quayside", "performer"),
            ("Letters in July", "Tom Ellery", "composer"),
        ],
        albums=["Cartas de Agua"],
        peaks=[
            ("Azahar", 1, "other:Spanish Singles Chart"),
            ("Letters in July", 28, "uk_singles"),
        ],
        certs=[("Azahar", "platinum", 1, "other")],
        places=["Sóller"],
        stood=[("Sóller", "California")],
    ),
    # 10. A wedding band's blog.
    post(
        "first-dance-marianne-wedding-band-ad",
        "wp_classic",
        "Most requested first dance of the year (again): Hold the Door, Marianne",
        [
            "Every season we keep a tally of first-dance requests, and for the third year"
            " running the winner is 'Hold the Door, Marianne'. Couples, we love you, but we can"
            " now play it in our sleep.",
            "For anyone who somehow hasn't cried to it at a reception: it's a Cal Dempsey and"
            " the Low Lights song, written by Cal himself, from their album <em>Wednesday"
            " Suits</em>. It reached number two in the UK, topped the chart in Ireland, and has"
            " gone platinum here (BPI).",
            "Why does everyone want it? Blame <em>Threadbare</em> (2006). The wedding montage"
            " near the end, with the groom's tailor sewing the last button on in the car, has"
            " done more for our bookings than any advert.",
            "Fun fact we tell guests: the montage passes Kylemore Abbey, in Connemara, off as"
            " a Scottish castle. Our bass player proposed there, so we're biased.",
            "A practical note for couples: we play it in D, because Cal's original in E sits"
            " too high for our singer after four hours. If you want the original key, ask"
            " early. And no, we won't do 'Marianne' and 'Wednesday Suits' as a medley &mdash;"
            " the album's title song isn't in the film and it's seven minutes long.",
        ],
        video="yt:Tn6vQ3dWs8E",
        film=("Threadbare", 2006),
        tracks=["Hold the Door, Marianne"],
        people=[
            ("Hold the Door, Marianne", "Cal Dempsey and the Low Lights", "performer"),
            ("Hold the Door, Marianne", "Cal Dempsey", "composer"),
        ],
        albums=["Wednesday Suits"],
        peaks=[
            ("Hold the Door, Marianne", 2, "uk_singles"),
            ("Hold the Door, Marianne", 1, "other:Irish Singles Chart"),
        ],
        certs=[("Hold the Door, Marianne", "platinum", 1, "bpi")],
        places=["Kylemore Abbey"],
        stood=[("Kylemore Abbey", "a Scottish castle")],
    ),
    # 11. A Japanese writer's hand-made page.
    post(
        "hoshizora-line-train-song-ad",
        "handmade",
        "My favorite train song: Hoshizora Line",
        [
            "Hello, this is my small page about film songs. My English is not so good, please"
            " forgive. I live in Osaka and I love trains and movies, so today is about"
            " <i>Paper Crane Express</i> (2001), the film with the famous station montage.",
            "The song in the montage is 'Hoshizora Line' (it means Starry Sky Line). Singer is"
            " Mika Tanabe. Lyrics were written by Kenji Aramaki and music was made by Yu"
            " Shimizu, he is very famous composer for anime also.",
            "<table border='1' cellpadding='4'><tr><td>Oricon single chart</td><td>3rd"
            " place</td></tr><tr><td>RIAJ</td><td>Double Platinum</td></tr><tr><td>On the"
            " album</td><td>Ginga Tetsudo Diary</td></tr></table>",
            "The station in the montage is Shimonada Station, in Ehime, by the sea. In the"
            " movie it is acting as a station in Hokkaido, but I can see the Seto Inland Sea,"
            " so I know! I visited it in 2008 and took many photos.",
            "At the end of montage there is one more song, English song, 'Northbound' by The"
            " Calloways. Grace Calloway wrote it. It was 19 on the UK singles chart, but in"
            " Japan it did not enter the Oricon chart, I think nobody buy it here. Sad.",
            "Thank you for reading. Please sign my guestbook!",
        ],
        video="yt:hY2kP7uRx5C",
        film=("Paper Crane Express", 2001),
        tracks=["Hoshizora Line", "Northbound"],
        people=[
            ("Hoshizora Line", "Mika Tanabe", "performer"),
            ("Hoshizora Line", "Kenji Aramaki", "composer"),
            ("Hoshizora Line", "Yu Shimizu", "composer"),
            ("Northbound", "The Calloways", "performer"),
            ("Northbound", "Grace Calloway", "composer"),
        ],
        albums=["Ginga Tetsudo Diary"],
        peaks=[
            ("Hoshizora Line", 3, "other:Oricon Singles Chart"),
            ("Northbound", 19, "uk_singles"),
        ],
        certs=[("Hoshizora Line", "platinum", 2, "other")],
        places=["Shimonada Station"],
        stood=[("Shimonada Station", "a station in Hokkaido")],
    ),
    # 12. A music trivia newsletter.
    post(
        "gull-island-storm-quiz-ad",
        "substack",
        "Pub Quiz Prep #88: one montage, five questions",
        [
            "Five questions, one film, answers underneath. This week: the storm montage from"
            " <em>Gull Island</em> (1991).",
            "H: Questions",
            "LIST: 1. Which song plays over the storm montage? | 2. Who wrote it? | 3. How high"
            " did it get on the Hot 100? | 4. Did it chart in the UK? | 5. Where was the harbour"
            " really?",
            "H: Answers",
            "1. 'Salt in the Wound', by the grunge-adjacent quartet Vesper Kane. 2. Not the"
            " singer! Bram Olafsen, their guitarist, is the sole writer. 3. It stalled at 23"
            " &mdash; but on Mainstream Rock it was a number-one record for five weeks.",
            "4. Trick question. No. It never got anywhere near the UK chart, despite a Top of the"
            " Pops slot that people misremember. 5. Peggy's Cove in Nova Scotia, which the film"
            " passes off as Maine. (Bonus point if you knew the band formed in Tacoma.)",
            "Tie-breaker: the album 'Salt in the Wound' came from, <em>Cold Front Choir</em>,"
            " peaked at which position on the Billboard 200, and how many times platinum was"
            " it? Answer: ninth, and twice (RIAA).",
        ],
        video="yt:M0jd-8GvqLw",
        film=("Gull Island", 1991),
        tracks=["Salt in the Wound"],
        people=[
            ("Salt in the Wound", "Vesper Kane", "performer"),
            ("Salt in the Wound", "Bram Olafsen", "composer"),
        ],
        albums=["Cold Front Choir"],
        peaks=[
            ("Salt in the Wound", 23, "billboard_hot_100"),
            ("Salt in the Wound", 1, "billboard_mainstream_rock"),
            ("Cold Front Choir", 9, "billboard_200"),
        ],
        certs=[("Cold Front Choir", "platinum", 2, "riaa")],
        places=["Peggy's Cove"],
        stood=[("Peggy's Cove", "Maine")],
    ),
    # 13. A touring drummer's memoir blog.
    post(
        "runaway-carnival-tour-diary-ad",
        "blogger",
        "Tour diary, 1978: the summer of Runaway Carnival",
        [
            "A reader asked me to write up the Dinah Rusk tour, so here goes, with the caveat"
            " that it was over forty-five years ago and I was twenty-two.",
            "I didn't play on the record. 'Runaway Carnival' was already cut when I joined; Leo"
            " Farraday wrote it with Dinah, and she sang it with that crack in her voice nobody"
            " could copy. My job was to make it sound like the record six nights a week.",
            "Why was it suddenly everywhere? <i>Carnival of Small Hours</i>, that's why. The"
            " film came out in '78 with the song over the fairground montage, and by August it"
            " was No. 2 on the Hot 100. We'd walk into a truck stop and hear it twice before the"
            " coffee came.",
            "It did the rounds abroad too. Canada had it at five, Australia at eight on the Kent"
            " list, and in West Germany it crept to fourteen. We toured through Hamburg that"
            " October and nobody there had a clue who we were.",
            "The gold record (RIAA) arrived at the office on the last day of the tour. The"
            " song's parent album, <i>Sawdust and Sequins</i>, I can't remember doing much, and"
            " I'm not going to pretend to numbers I don't have.",
            "I've never seen the film on a big screen, but I'm told the fair is actually Tivoli"
            " Gardens in Copenhagen, made up to look like a Prussian fairground in 1890.",
        ],
        video="vimeo:147720385",
        film=("Carnival of Small Hours", 1978),
        tracks=["Runaway Carnival"],
        people=[
            ("Runaway Carnival", "Leo Farraday", "composer"),
            ("Runaway Carnival", "Dinah Rusk", "composer"),
            ("Runaway Carnival", "Dinah Rusk", "performer"),
        ],
        albums=["Sawdust and Sequins"],
        peaks=[
            ("Runaway Carnival", 2, "billboard_hot_100"),
            ("Runaway Carnival", 5, "canada_rpm"),
            ("Runaway Carnival", 8, "australia_kent"),
            ("Runaway Carnival", 14, "germany_media_control"),
        ],
        certs=[("Runaway Carnival", "gold", 1, "riaa")],
        places=["Tivoli Gardens"],
        stood=[("Tivoli Gardens", "a Prussian fairground")],
    ),
    # 14. A record shop's staff picks.
    post(
        "static-saints-staff-picks-ad",
        "squarespace",
        "Staff Picks, March: the Grey Orchid record everyone's buying",
        [
            "Since <em>Static Saints</em> (2019) hit streaming, we can't keep Grey Orchid's"
            " <em>Dial Tone Devotions</em> in the racks. Three of us wrote about it, because we"
            " couldn't agree on anything else this month.",
            "H: Nat says",
            "&ldquo;'Halo Static' is the one from the film &mdash; it's over the night-shift"
            " montage where the radio mast comes down. Nell Ashworth and Kofi Mensah-Reid wrote"
            " it, and the band plays like their rent depends on it. Only got to 38 in the UK,"
            " which is criminal.&rdquo;",
            "H: Jas says",
            "&ldquo;The album went to number six on the Official Albums Chart and it's silver"
            " now, BPI confirmed it last week. That montage was shot at Battersea Power Station"
            " before the flats went up &mdash; it's meant to be a Detroit car plant.&rdquo;",
            "H: Ollie says",
            "&ldquo;Everyone's sleeping on 'Copper Wire', the closer. Not in the film, doesn't"
            " matter, it's the best thing on the record. Come in and I'll play it for you; we're"
            " on Gloucester Road, next to the bakery.&rdquo;",
        ],
        video="vimeo:620194833",
        film=("Static Saints", 2019),
        tracks=["Halo Static"],
        people=[
            ("Halo Static", "Grey Orchid", "performer"),
            ("Halo Static", "Nell Ashworth", "composer"),
            ("Halo Static", "Kofi Mensah-Reid", "composer"),
        ],
        albums=["Dial Tone Devotions"],
        peaks=[
            ("Halo Static", 38, "uk_singles"),
            ("Dial Tone Devotions", 6, "uk_albums"),
        ],
        certs=[("Dial Tone Devotions", "silver", 1, "bpi")],
        places=["Battersea Power Station"],
        stood=[("Battersea Power Station", "a Detroit car plant")],
    ),
    # 15. A guitar teacher's blog.
    post(
        "rust-belt-lullaby-riff-lesson-ad",
        "hugo",
        "Lesson 19: the Rust Belt Lullaby riff",
        [
            "This week's lesson is a request from about forty of you: the open-D riff from 'Rust"
            " Belt Lullaby'. Tune down to D A D F# A D, capo off, and let's go.",
            "H: Some background",
            "Jesse Orlando wrote the riff and the song around it in 1993, and his band The"
            " Cinder Kings cut it for <em>Ashfall County</em>, an album that never got higher"
            " than No. 31 on the Billboard 200 but sold steadily enough to go gold in Canada."
            " Jesse's guitar, for the gear nerds, was a '72 Telecaster Thinline built in"
            " Fullerton.",
            "The single did best on rock radio. Billboard's Mainstream Rock chart had it at"
            " three; the Hot 100 at a much less impressive forty-five. North of the border, RPM"
            " put it at eighteen.",
            "H: The movie",
            "You probably know it from <em>Gasoline Psalms</em> (1994): the long highway"
            " montage, pickup trucks and grain elevators, shot around Drumheller in Alberta even"
            " though every road sign says West Texas.",
            "H: The riff",
            "LIST: Bar 1: open D, hammer 0-2 on the G string | Bar 2: slide the 5th-fret shape"
            " up to the 7th | Bar 3: let it ring, palm-mute the low string | Bar 4: repeat, but"
            " drop the last hammer-on",
            "Practise slowly. The record runs at around 92 BPM; start at 60.",
        ],
        video="yt:pE5wK9nBz1A",
        film=("Gasoline Psalms", 1994),
        tracks=["Rust Belt Lullaby"],
        people=[
            ("Rust Belt Lullaby", "Jesse Orlando", "composer"),
            ("Rust Belt Lullaby", "The Cinder Kings", "performer"),
        ],
        albums=["Ashfall County"],
        peaks=[
            ("Ashfall County", 31, "billboard_200"),
            ("Rust Belt Lullaby", 3, "billboard_mainstream_rock"),
            ("Rust Belt Lullaby", 45, "billboard_hot_100"),
            ("Rust Belt Lullaby", 18, "canada_rpm"),
        ],
        certs=[("Ashfall County", "gold", 1, "music_canada")],
        places=["Drumheller"],
        stood=[("Drumheller", "West Texas")],
    ),
    # 16. A music supervisor's essay.
    post(
        "ferrymans-almanac-music-supervisor-ad",
        "medium",
        "The song I lost, and the two I kept",
        [
            "Music supervisors are supposed to be invisible, so forgive me for stepping out."
            " It's ten years since <em>The Ferryman's Almanac</em> (2013), and people still"
            " write to me about the crossing montage.",
            "I wanted three songs. I got two. The one I lost was 'Seventeen Bridges', which I"
            " still think is perfect and which is, for reasons involving a publisher and a"
            " divorce, not in the film. Please stop tagging it.",
            "The two we kept play back to back. First 'Undertow Waltz', written and sung by Ilse"
            " Varga in a single take in her kitchen, then 'Lamplighter' by Odd Harbor &mdash;"
            " Finn Castellan's lyric, Maya Okoro's tune.",
            "H: What happened next",
            "'Lamplighter' became the hit. It peaked at twelve in the UK, and the Danish arm of"
            " the IFPI certified it gold, which pleased Finn, whose mother is from Aarhus. The"
            " soundtrack album (we never gave it a proper title, which I regret) sat as high as"
            " No. 2 on Billboard's Soundtracks chart.",
            "We filmed the crossing out of Portree, on Skye. In the story it's a Norwegian"
            " fishing village, and the art department changed every sign in the harbour. I was"
            " in Lisbon when the rough cut arrived, and I cried on a tram.",
        ],
        video="vimeo:391055218",
        film=("The Ferryman's Almanac", 2013),
        tracks=["Undertow Waltz", "Lamplighter"],
        people=[
            ("Undertow Waltz", "Ilse Varga", "composer"),
            ("Undertow Waltz", "Ilse Varga", "performer"),
            ("Lamplighter", "Odd Harbor", "performer"),
            ("Lamplighter", "Finn Castellan", "composer"),
            ("Lamplighter", "Maya Okoro", "composer"),
        ],
        albums=["The Ferryman's Almanac soundtrack"],
        peaks=[
            ("Lamplighter", 12, "uk_singles"),
            ("The Ferryman's Almanac soundtrack", 2, "billboard_soundtracks"),
        ],
        certs=[("Lamplighter", "gold", 1, "ifpi")],
        places=["Portree"],
        stood=[("Portree", "a Norwegian fishing village")],
    ),
    # 17. A soundtrack-CD collector's hand-made page.
    post(
        "desert-radio-nights-cd-page-ad",
        "handmade",
        "My Soundtrack CDs: Desert Radio Nights",
        [
            "Welcome to entry #57 in my soundtrack collection! This one I found in a bargain bin"
            " in 1996 for $3.99 and it is still one of my favourites.",
            "<b>Desert Radio Nights: Music From The Motion Picture</b> (the movie, <i>Desert"
            " Radio Nights</i>, came out in 1990)",
            "<table border='1' cellpadding='3'><tr><th>Song</th><th>Artist</th><th>Writer</th>"
            "</tr><tr><td>Mojave Static</td><td>Len Harkin</td><td>Len Harkin</td></tr><tr><td>"
            "(You Were) Miles Away</td><td>Twin Sorrel</td><td>Jolie Sorrel</td></tr></table>",
            "Those are the two from the diner montage, which is the only reason anyone remembers"
            " this movie. '(You Were) Miles Away' was the single &mdash; #16 on the Hot 100 and"
            " #3 on the adult contemporary chart. The CD went platinum in the US, which"
            " surprises me as I have never met another person who owns it.",
            "The diner is Roy's Motel and Café out on Route 66 in Amboy, California. In the"
            " movie they pretend it's a Nevada truck stop. I drove out there in 2003 and bought"
            " a T-shirt.",
            "Not on the CD, sadly: the instrumental cue over the end credits. If anyone has a"
            " bootleg, e-mail me!",
        ],
        video="yt:cV8tR4mLo2J",
        film=("Desert Radio Nights", 1990),
        tracks=["Mojave Static", "(You Were) Miles Away"],
        people=[
            ("Mojave Static", "Len Harkin", "performer"),
            ("Mojave Static", "Len Harkin", "composer"),
            ("(You Were) Miles Away", "Twin Sorrel", "performer"),
            ("(You Were) Miles Away", "Jolie Sorrel", "composer"),
        ],
        albums=["Desert Radio Nights: Music From The Motion Picture"],
        peaks=[
            ("(You Were) Miles Away", 16, "billboard_hot_100"),
            ("(You Were) Miles Away", 3, "billboard_adult_contemporary"),
        ],
        certs=[
            (
                "Desert Radio Nights: Music From The Motion Picture",
                "platinum",
                1,
                "riaa",
            )
        ],
        places=["Roy's Motel and Café"],
        stood=[("Roy's Motel and Café", "a Nevada truck stop")],
    ),
    # 18. A choir director's blog.
    post(
        "evensong-for-strangers-choir-arrangement-ad",
        "gutenberg",
        "Arranging 'Evensong for Strangers' for SATB",
        [
            "Our community choir voted, and the winner for the Christmas concert is 'Evensong"
            " for Strangers'. I've spent three weekends on the arrangement, so here are some"
            " notes for other directors who want to borrow it (the PDF is free, just credit us).",
            "H: The original",
            "Holly Brandt recorded it in 2008, though it's Simon Kettering's song &mdash; he"
            " wrote both the words and the organ part, which is where the harmonic interest"
            " lives. It's the closing track on Holly's album <em>Psalter Road</em>, which got"
            " to No. 4 on the UK album chart and has gone gold (BPI).",
            "The single stopped at eleven in Britain, helped enormously by <em>The Organist's"
            " Winter</em> (2008), whose snowbound rehearsal montage is scored entirely by it.",
            "The cathedral in the film is Ely Cathedral, standing in for a Yorkshire minster;"
            " you can spot the Octagon in the wide shots if you're a nerd about lanterns, which"
            " I am. We'll be singing it in St Mary's, which is not quite as grand.",
            "H: Voicing",
            "LIST: Sopranos take Holly's melody, down a minor third | Altos carry the organ's"
            " right hand | Tenors and basses split the pedal line | Soloist optional in verse"
            " two",
        ],
        video="vimeo:258866741",
        film=("The Organist's Winter", 2008),
        tracks=["Evensong for Strangers"],
        people=[
            ("Evensong for Strangers", "Holly Brandt", "performer"),
            ("Evensong for Strangers", "Simon Kettering", "composer"),
        ],
        albums=["Psalter Road"],
        peaks=[
            ("Psalter Road", 4, "uk_albums"),
            ("Evensong for Strangers", 11, "uk_singles"),
        ],
        certs=[("Psalter Road", "gold", 1, "bpi")],
        places=["Ely Cathedral"],
        stood=[("Ely Cathedral", "a Yorkshire minster")],
    ),
    # 19. A podcast's show notes.
    post(
        "moonshine-relay-podcast-notes-ad",
        "ghost",
        "Episode 64 notes: Moonshine Relay and the great gold-record argument",
        [
            "This week Rhonda and Tomás finally do <em>Moonshine Relay</em> (1972), the"
            " bootlegger film with the car montage everybody samples. Timestamps and corrections"
            " below.",
            "H: Timestamps",
            "LIST: 00:00 &mdash; intro, Tomás's new mic | 04:10 &mdash; the montage, 'Backroad"
            " Benediction' and 'Jackrabbit Run' | 19:30 &mdash; chart talk | 31:45 &mdash;"
            " where they shot it | 40:00 &mdash; listener mail",
            "H: Who did what",
            "'Backroad Benediction' is Cyrus Gable singing a song he co-wrote with Terri Voss."
            " 'Jackrabbit Run', the banjo-driven one that takes over when the cars hit the dirt"
            " road, is The Stillwater Five playing Ned Stillwater's tune.",
            "H: Corrections",
            "At 19:30 Rhonda says 'Jackrabbit Run' went gold. It didn't. The RIAA gold was for"
            " The Stillwater Five's album <em>Kudzu Moon</em>, which the song is on. Tomás was"
            " right for once, and he'd like that noted. He was also right that 'Backroad"
            " Benediction' peaked at 19 on the Hot 100 and 6 in Canada.",
            "At 31:45 we say the montage was filmed in Dahlonega. That's correct &mdash; it's"
            " playing rural Kentucky &mdash; but the courthouse scene isn't from there, and we"
            " don't know where it is. If you do, write in. (We record in Athens, Georgia, so"
            " it's a road trip away.)",
        ],
        video="yt:Qs1yU6fHe3D",
        film=("Moonshine Relay", 1972),
        tracks=["Backroad Benediction", "Jackrabbit Run"],
        people=[
            ("Backroad Benediction", "Cyrus Gable", "performer"),
            ("Backroad Benediction", "Cyrus Gable", "composer"),
            ("Backroad Benediction", "Terri Voss", "composer"),
            ("Jackrabbit Run", "The Stillwater Five", "performer"),
            ("Jackrabbit Run", "Ned Stillwater", "composer"),
        ],
        albums=["Kudzu Moon"],
        peaks=[
            ("Backroad Benediction", 19, "billboard_hot_100"),
            ("Backroad Benediction", 6, "canada_rpm"),
        ],
        certs=[("Kudzu Moon", "gold", 1, "riaa")],
        places=["Dahlonega"],
        stood=[("Dahlonega", "rural Kentucky")],
    ),
    # 20. A chart-statistics blog.
    post(
        "overtime-heart-by-the-numbers-ad",
        "jekyll",
        "By the numbers: how far did the Second Shift Sunrise song go?",
        [
            "Short one this week. A reader asked whether the <em>Second Shift Sunrise</em>"
            " (2017) song was really 'the biggest film single of the decade'. It wasn't, but"
            " it's closer than you'd think. Here is the data.",
            "The song is 'Overtime Heart', performed by Maeve Calder. It has three writers:"
            " Calder herself, Dario Pelosi and Jun Hayashi.",
            "H: Peak positions",
            "<table><thead><tr><th>Chart</th><th>Peak</th></tr></thead><tbody><tr><td>Billboard"
            " Hot 100</td><td>5</td></tr><tr><td>UK Singles Chart</td><td>8</td></tr><tr><td>"
            "Canadian Hot 100</td><td>3</td></tr><tr><td>ARIA Singles Chart</td><td>6</td></tr>"
            "</tbody></table>",
            "H: Certifications",
            "Triple platinum from the RIAA; platinum from the BPI; double platinum from Music"
            " Canada. For scale, that's more US units than the next two film singles of 2017"
            " combined.",
            "The montage's other song, Bellwether Youth's 'Fluorescent', posted zero chart"
            " entries anywhere, though it has done something like forty million streams."
            " Streams are not a chart, so it gets no row in my table.",
            "For completeness: the factory montage was filmed at Kelham Island in Sheffield,"
            " which plays Pittsburgh.",
        ],
        video="yt:gK0xN7bWi9P",
        film=("Second Shift Sunrise", 2017),
        tracks=["Overtime Heart", "Fluorescent"],
        people=[
            ("Overtime Heart", "Maeve Calder", "performer"),
            ("Overtime Heart", "Maeve Calder", "composer"),
            ("Overtime Heart", "Dario Pelosi", "composer"),
            ("Overtime Heart", "Jun Hayashi", "composer"),
            ("Fluorescent", "Bellwether Youth", "performer"),
        ],
        peaks=[
            ("Overtime Heart", 5, "billboard_hot_100"),
            ("Overtime Heart", 8, "uk_singles"),
            ("Overtime Heart", 3, "other:Canadian Hot 100"),
            ("Overtime Heart", 6, "other:ARIA Singles Chart"),
        ],
        certs=[
            ("Overtime Heart", "platinum", 3, "riaa"),
            ("Overtime Heart", "platinum", 1, "bpi"),
            ("Overtime Heart", "platinum", 2, "music_canada"),
        ],
        places=["Kelham Island"],
        stood=[("Kelham Island", "Pittsburgh")],
    ),
]
