"""Round 18, set AH: twenty posts by a thirty-fifth writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    post(
        "saltwater-radio-chart-run-ah",
        "wp_classic",
        "Chart autopsy: 'Saltwater Radio' and the Lantern Keepers bounce",
        [
            "Every few months somebody emails to ask why a ferry-crossing montage from a "
            "middling 1987 drama still matters to chart people. The short answer: "
            "<em>The Lantern Keepers</em> (1987) pushed one song into the top ten of four "
            "national charts inside the same six weeks, and almost nothing else that decade "
            "managed that off the back of a film.",
            'The song is "Saltwater Radio", credited to The Harrow Lights, and it runs '
            "nearly uninterrupted under the crossing, about fifty minutes in. Dominic "
            "Fairweather and Ines Calloway wrote it in 1985 for a record that got shelved; "
            "the film's editor found the demo in a drawer, or so the legend goes.",
            "H: The national runs, side by side",
            "<table><tr><th>Chart</th><th>Peak</th><th>Weeks on chart</th></tr>"
            "<tr><td>UK Singles Chart</td><td>4</td><td>11</td></tr>"
            "<tr><td>US Billboard Hot 100</td><td>11</td><td>16</td></tr>"
            "<tr><td>Canada (RPM)</td><td>7</td><td>14</td></tr>"
            "<tr><td>Australia (Kent Music Report)</td><td>2</td><td>19</td></tr>"
            "<tr><td>Ireland (IRMA chart)</td><td>1</td><td>9</td></tr>"
            "<tr><td>West Germany (Media Control)</td><td>&#8212;</td><td>0</td></tr>"
            "</table>",
            "Read that bottom row carefully. For all its European airplay the single never "
            "entered the West German chart, so anyone who calls it a continental smash is "
            "misremembering.",
            "Nineteen weeks in Australia is the outlier. Kent had it parked at number two "
            "for a month behind a novelty record I will not dignify by naming, and ARIA "
            "later put a platinum award on it. In Britain the BPI stopped at silver.",
            "The parent album, <em>Low Tide Hymnal</em>, is a sadder story: it stalled at "
            "38 on the UK albums chart and never cracked the Billboard 200 at all.",
            "(Not my department, but for completeness: the crossing was shot on Strangford "
            "Lough, which stands in for Penobscot Bay. The Maine accents are another "
            "matter.)",
        ],
        video="yt:q7Lp2XvR0aT",
        film=("The Lantern Keepers", 1987),
        tracks=["Saltwater Radio"],
        people=[
            ("Saltwater Radio", "The Harrow Lights", "performer"),
            ("Saltwater Radio", "Dominic Fairweather", "composer"),
            ("Saltwater Radio", "Ines Calloway", "composer"),
        ],
        albums=["Low Tide Hymnal"],
        peaks=[
            ("Saltwater Radio", 4, "uk_singles"),
            ("Saltwater Radio", 11, "billboard_hot_100"),
            ("Saltwater Radio", 7, "canada_rpm"),
            ("Saltwater Radio", 2, "australia_kent"),
            ("Saltwater Radio", 1, "other:Irish Singles Chart"),
            ("Low Tide Hymnal", 38, "uk_albums"),
        ],
        certs=[
            ("Saltwater Radio", "platinum", 1, "aria"),
            ("Saltwater Radio", "silver", 1, "bpi"),
        ],
        places=["Strangford Lough"],
        stood=[("Strangford Lough", "Penobscot Bay")],
    ),
    post(
        "headlights-on-halsted-show-notes-ah",
        "gutenberg",
        "Show notes, hour two: the Quarter Mile Saints drag-race montage",
        [
            "Thanks to everybody who phoned in after last night's hour two. As promised, "
            "here's what we spun off <em>Quarter Mile Saints</em>, the 1994 street-racing "
            "picture that half of you apparently saw at a drive-in with somebody you "
            "shouldn't have.",
            'LIST: 10:06 pm &#8212; "Headlights on Halsted", Ruby Okonkwo-Vance | '
            '10:11 pm &#8212; "Sugar Maple Drive", The Velvet Almanac | 10:15 pm &#8212; '
            "me talking far too long about carburettors",
            'Ruby wrote "Headlights" with her old bar-band partner Len Pascoe, and the '
            "pair of them figured it'd end up a B-side. Instead it climbed to number 23 on "
            "the Hot 100 in the spring of '94 and sat at number 3 on the adult contemporary "
            "list for what felt like the whole summer.",
            "The second cut is the one under the cars lining up beneath the sodium lamps. "
            'Corey Mattingly penned "Sugar Maple Drive" back when The Velvet Almanac were '
            "still playing church halls. It didn't chart anywhere, which is a crime, so we "
            "corrected history in our own small way and played it twice.",
            'A caller named Dot wanted to know whether "Neon Catechism" is in the film. '
            "It isn't. It's the flip side of the cassette single and it's nowhere in the "
            "movie, so stop waiting for it in the last reel, Dot.",
            "Both songs made the soundtrack album, which got to number 14 on Billboard's "
            "soundtrack chart and went gold in the States a couple of years later.",
            "And for the trivia crowd: those 'Chicago' streets are Toronto. The race was "
            "shot in the Port Lands, down by the Cherry Street bridge, playing Chicago's "
            "South Side.",
        ],
        video="vimeo:48213377",
        film=("Quarter Mile Saints", 1994),
        tracks=["Headlights on Halsted", "Sugar Maple Drive"],
        people=[
            ("Headlights on Halsted", "Ruby Okonkwo-Vance", "performer"),
            ("Headlights on Halsted", "Ruby Okonkwo-Vance", "composer"),
            ("Headlights on Halsted", "Len Pascoe", "composer"),
            ("Sugar Maple Drive", "The Velvet Almanac", "performer"),
            ("Sugar Maple Drive", "Corey Mattingly", "composer"),
        ],
        albums=["Quarter Mile Saints soundtrack"],
        peaks=[
            ("Headlights on Halsted", 23, "billboard_hot_100"),
            ("Headlights on Halsted", 3, "billboard_adult_contemporary"),
            ("Quarter Mile Saints soundtrack", 14, "billboard_soundtracks"),
        ],
        certs=[("Quarter Mile Saints soundtrack", "gold", 1, "riaa")],
        places=["Port Lands"],
        stood=[("Port Lands", "Chicago's South Side")],
    ),
    post(
        "coyote-hours-steel-guitar-memoir-ah",
        "ghost",
        "What I remember about playing on 'Coyote Hours'",
        [
            "I've played pedal steel on maybe four hundred records. I remember perhaps "
            "eleven of them properly, and one is the song they laid under the long drive "
            "in <em>Dust Ledger</em>.",
            "This was autumn 2002, a rented room in Nashville with carpet stapled to the "
            'walls. Walt Enderby had written "Coyote Hours" on the back of a feed-store '
            "receipt, so he claimed, and Marnie Greaves sang it in two takes. The second is "
            "the one you hear when the pickup clears the ridge.",
            "H: The film",
            "<em>Dust Ledger</em> came out the following year, 2003, and I watched it in "
            "a half-empty multiplex with my sister, who fell asleep before the drive. I "
            "have never let her forget it.",
            "People ask where that drive was shot. Not Oklahoma, whatever the title card "
            "says. The whole sequence was filmed outside Marfa, Texas, which stands in for "
            "the Oklahoma panhandle, and the gas station where she stops for cigarettes is "
            "in Valentine, a wide spot a little way up the highway.",
            "The song did better than any of us expected. It went as high as number six on "
            "the country chart (Hot Country Singles &amp; Tracks, as Billboard still called "
            "it), and Marnie's album <em>Tin Roof Gospel</em>, which it closes, reached 31 "
            "on the Billboard 200 and was certified gold by the RIAA in 2004.",
            "What I remember most is the tuning: E9, with the pedals set the old Nashville "
            "way, and one string that would not stay put however much I swore at it.",
            'I never did play on her next one. "Prairie Ghost Wedding" (which isn\'t in '
            "the film, by the way, whatever one soundtrack site insists) went to a younger "
            "player with better hair.",
        ],
        video="yt:Xw3nB8kTq1e",
        film=("Dust Ledger", 2003),
        tracks=["Coyote Hours"],
        people=[
            ("Coyote Hours", "Walt Enderby", "composer"),
            ("Coyote Hours", "Marnie Greaves", "performer"),
        ],
        albums=["Tin Roof Gospel"],
        peaks=[
            ("Coyote Hours", 6, "other:Billboard Hot Country Singles & Tracks"),
            ("Tin Roof Gospel", 31, "billboard_200"),
        ],
        certs=[("Tin Roof Gospel", "gold", 1, "riaa")],
        places=["Marfa", "Valentine"],
        stood=[("Marfa", "the Oklahoma panhandle")],
    ),
    post(
        "thunderclap-karaoke-night-ah",
        "blogger",
        "Karaoke diaries: the Glitter Avenue roller-rink songs",
        [
            "Every Thursday I host the karaoke at the Crown, and every Thursday some hen "
            "party asks for 'the song from the skating bit in <em>Glitter Avenue</em>'. "
            "The film came out in 2009 (yes, it's that old now). Here's your guide, so you "
            "can ask me by name.",
            "H: 1. Kiss Me Like a Thunderclap",
            "Sung by Pocket Fireworks. Written by Tasha Delmonte, Benji Arkwright and Sol "
            "Marquez, which explains why the middle eight sounds like it wandered in from "
            "another song. Key of E, brutal on the chorus if you're a baritone. It went to "
            "number two over here (the UK, for my overseas readers) and all the way to "
            "number one in Australia, where ARIA certified it double platinum; the BPI "
            "gave it a single platinum.",
            "H: 2. All My Friends Are Satellites",
            "The slow one, over the bit where she skates alone after closing. Dev Hollander "
            "wrote it and sings it himself. Lower key, perfect for a lad who can't really "
            "sing but wants to try. Didn't chart. Doesn't matter.",
            "H: NOT in the film",
            '"Glitter Avenue" by The Pinwheels. Yes, same name. No, it isn\'t in the '
            "movie, not even over the credits. Please stop asking me to find it in the "
            "film category.",
            "Both of the real ones are on the soundtrack album, <em>Glitter Avenue: Songs "
            "from the Rink</em>, if you want to practise at home.",
            "Quiz-night bonus: the rink scenes were filmed at Alexandra Palace in north "
            "London, which stands in for a roller rink in Reno.",
        ],
        video="yt:m2ZcR9uYv0H",
        film=("Glitter Avenue", 2009),
        tracks=["Kiss Me Like a Thunderclap", "All My Friends Are Satellites"],
        people=[
            ("Kiss Me Like a Thunderclap", "Pocket Fireworks", "performer"),
            ("Kiss Me Like a Thunderclap", "Tasha Delmonte", "composer"),
            ("Kiss Me Like a Thunderclap", "Benji Arkwright", "composer"),
            ("Kiss Me Like a Thunderclap", "Sol Marquez", "composer"),
            ("All My Friends Are Satellites", "Dev Hollander", "composer"),
            ("All My Friends Are Satellites", "Dev Hollander", "performer"),
        ],
        albums=["Glitter Avenue: Songs from the Rink"],
        peaks=[
            ("Kiss Me Like a Thunderclap", 2, "uk_singles"),
            ("Kiss Me Like a Thunderclap", 1, "other:ARIA Singles Chart"),
        ],
        certs=[
            ("Kiss Me Like a Thunderclap", "platinum", 2, "aria"),
            ("Kiss Me Like a Thunderclap", "platinum", 1, "bpi"),
        ],
        places=["Alexandra Palace"],
        stood=[("Alexandra Palace", "a roller rink in Reno")],
    ),
    post(
        "cartographers-of-ash-lecture-notes-ah",
        "medium",
        "Week 7 handout: sound and space in Cartographers of Ash",
        [
            "These notes accompany Thursday's seminar. Please have watched <em>Cartographers "
            "of Ash</em> (dir. Ilse Varga, 1979) in full, not merely the montage clip "
            "embedded below.",
            "H: The survey montage",
            'The eleven-minute survey montage is scored with "Elegy for a Paper Moon", a '
            "piece for strings and glass harmonica by Aurelio Sant'Angelo, recorded for the "
            "film by the Halvorsen Chamber Ensemble. Sant'Angelo, born in Trieste in 1931, "
            "had until then composed mainly for radio drama.",
            "Note the diegetic rupture at 1:04:12, when a transistor radio in the "
            "surveyors' tent cuts in with Clementine Raye's \"Wintering\". Raye wrote the "
            "song with Howard Bisset, and it was, improbably, a pop hit: No. 9 in Britain "
            "and No. 17 on Canada's RPM chart.",
            "H: Landscape as text",
            "The survey sequences were shot in Wadi Rum, which stands in for an unnamed "
            "frontier beyond the Caspian. Compare the opening, filmed at Bardenas Reales in "
            "Navarre, where the camera will not leave the ground. Varga denies us a "
            "horizon until the surveyors have earned one.",
            "Further reading: the score was issued on LP as <em>Cartographers of Ash: Music "
            "for the Film</em>. (The Raye single is not on it; students looking for it "
            "there will be disappointed.)",
            "LIST: Why does the montage refuse a horizon line? | Is the radio an intrusion "
            "or a rescue? | Consider the Paris archive scene, built on a soundstage: what "
            "does its silence do?",
        ],
        video="vimeo:302918455",
        film=("Cartographers of Ash", 1979),
        tracks=["Elegy for a Paper Moon", "Wintering"],
        people=[
            ("Elegy for a Paper Moon", "Aurelio Sant'Angelo", "composer"),
            ("Elegy for a Paper Moon", "Halvorsen Chamber Ensemble", "performer"),
            ("Wintering", "Clementine Raye", "performer"),
            ("Wintering", "Clementine Raye", "composer"),
            ("Wintering", "Howard Bisset", "composer"),
        ],
        albums=["Cartographers of Ash: Music for the Film"],
        peaks=[
            ("Wintering", 9, "uk_singles"),
            ("Wintering", 17, "canada_rpm"),
        ],
        places=["Wadi Rum", "Bardenas Reales"],
        stood=[("Wadi Rum", "an unnamed frontier beyond the Caspian")],
    ),
    post(
        "harbour-of-small-hours-reissue-ah",
        "squarespace",
        "Meridian Fold Records announces Harbour of Small Hours anniversary reissue",
        [
            "FOR IMMEDIATE RELEASE &#8212; Meridian Fold Records is proud to announce a "
            "deluxe double-vinyl reissue of <em>Harbour of Small Hours (Music from the "
            "Motion Picture)</em>, the soundtrack to the 1993 film <em>Harbour of Small "
            "Hours</em>, on 14 April.",
            "First issued by the label in 1993, the album spent a week at No. 3 on the UK "
            "Albums Chart and has since been certified 2&#215; Platinum by the BPI.",
            'At its heart is "Lamplighter" by The Coldwater Parish, the song behind the '
            "film's celebrated dawn montage of boats leaving harbour. Written by the band's "
            'Finn Aldous and Mara Quill, "Lamplighter" reached No. 6 on the UK Singles '
            "Chart and earned a BPI Silver certification.",
            'The reissue also restores "Rope Bridge", Esme Tallow\'s self-penned ballad '
            "heard over the closing scene, to its full original length.",
            'A bonus disc gathers previously unreleased demos, among them "Ferry Lights", '
            "an Aldous song cut from the film before release and never heard in it.",
            '"We shot the dawn montage in Whitby over four freezing mornings," recalls '
            'director Honor Pritchard. "The harbour was doubling for a Newfoundland '
            'fishing village, and the locals were wonderfully patient with us."',
            "LIST: Disc one: the original 1993 soundtrack, newly remastered | Disc two: "
            "demos and alternate takes | 180g vinyl, gatefold sleeve, new liner notes",
            "About Meridian Fold Records: founded in Leeds in 1989, the label is home to "
            "an eclectic roster of folk, indie and soundtrack artists.",
        ],
        video="vimeo:77120934",
        film=("Harbour of Small Hours", 1993),
        tracks=["Lamplighter", "Rope Bridge"],
        people=[
            ("Lamplighter", "The Coldwater Parish", "performer"),
            ("Lamplighter", "Finn Aldous", "composer"),
            ("Lamplighter", "Mara Quill", "composer"),
            ("Rope Bridge", "Esme Tallow", "performer"),
            ("Rope Bridge", "Esme Tallow", "composer"),
        ],
        albums=["Harbour of Small Hours (Music from the Motion Picture)"],
        peaks=[
            ("Harbour of Small Hours (Music from the Motion Picture)", 3, "uk_albums"),
            ("Lamplighter", 6, "uk_singles"),
        ],
        certs=[
            (
                "Harbour of Small Hours (Music from the Motion Picture)",
                "platinum",
                2,
                "bpi",
            ),
            ("Lamplighter", "silver", 1, "bpi"),
        ],
        places=["Whitby"],
        stood=[("Whitby", "a Newfoundland fishing village")],
    ),
    post(
        "understudys-year-clearance-diary-ah",
        "substack",
        "Supervisor's diary: the Understudy's Year pier montage",
        [
            "A few of you asked for more entries from my diary on <em>The Understudy's "
            "Year</em> (2016, my first feature as lead music supervisor). Here's the fortnight "
            "the pier montage came together.",
            "<strong>Mon 9 Feb.</strong> Director wants 'a fairground at the end of the "
            'world\'. Temp track is "Velvet Exit" by Juno Park. Everyone loves it. I '
            "already know we can't afford it.",
            "<strong>Wed 11 Feb.</strong> Confirmed: Park's publisher is quoting six "
            'figures. "Velvet Exit" is out, and it will not be in the finished film. '
            "Sent the editor six alternatives and a sad emoji.",
            "<strong>Fri 20 Feb.</strong> Breakthrough. Kojo Ampadu-Reyes sends over "
            '"Ribbon of Static", which he co-wrote with Delphine Marsh. He sings it; she '
            "doesn't play a note on the recording but the whole bridge is hers. Cut against "
            "the pier footage it's perfect.",
            '<strong>Tue 24 Feb.</strong> Also locking "Second Hand Halo" for the dodgems '
            "bit. It's a Moth Radio record; their singer Freya Lindqvist wrote it by "
            "herself in a caravan in Skegness, or so the one-sheet says.",
            "<strong>Thu 5 Mar.</strong> On set at last. We're at Dreamland in Margate, "
            "which is playing Coney Island for the week. The art department have repainted "
            "half the rides in Brooklyn colours and the seagulls are unimpressed.",
            '<strong>Postscript, a year on.</strong> "Ribbon" charted after release: it '
            "peaked at 12 in the UK and went silver, which nobody involved predicted. Kojo "
            "texted me a photo of the disc.",
        ],
        video="yt:Fj8sLq2Nw5o",
        film=("The Understudy's Year", 2016),
        tracks=["Ribbon of Static", "Second Hand Halo"],
        people=[
            ("Ribbon of Static", "Kojo Ampadu-Reyes", "composer"),
            ("Ribbon of Static", "Kojo Ampadu-Reyes", "performer"),
            ("Ribbon of Static", "Delphine Marsh", "composer"),
            ("Second Hand Halo", "Moth Radio", "performer"),
            ("Second Hand Halo", "Freya Lindqvist", "composer"),
        ],
        peaks=[("Ribbon of Static", 12, "uk_singles")],
        certs=[("Ribbon of Static", "silver", 1, "bpi")],
        places=["Dreamland"],
        stood=[("Dreamland", "Coney Island")],
    ),
    post(
        "northbound-static-location-notes-ah",
        "hugo",
        "Northbound Static: location notes for the tour-bus montage",
        [
            "Notes for the unit from the locations department, tidied up for the film's "
            "tenth anniversary. <em>Northbound Static</em> was released in 2011; "
            "everything below was shot over four days in the spring of 2010.",
            "H: Montage schedule",
            "<table><tr><th>Day</th><th>Location</th><th>Playing</th></tr>"
            "<tr><td>1</td><td>Finnieston Crane</td><td>the Hamburg docks</td></tr>"
            "<tr><td>2</td><td>Kelvingrove Art Gallery and Museum</td><td>a museum in "
            "Vienna</td></tr>"
            "<tr><td>3</td><td>Erskine Bridge</td><td>a motorway bridge outside "
            "Copenhagen</td></tr>"
            "<tr><td>4</td><td>Loch Lomond (pickups)</td><td>itself</td></tr></table>",
            "Day 3 slipped because of wind: the bridge authority wouldn't let the bus onto "
            "the span in gusts above 40 mph, so we lost a morning and most of our "
            "goodwill.",
            "We also recced Dundee for a ferry-terminal shot and dropped it. Nothing in the "
            "finished montage comes from there, whatever the DVD extras imply.",
            "H: Music (for the record, from post)",
            'The montage is cut to "Sodium Lights" by The Lowland Choir, written by their '
            "frontman Callum Baird-Ross. Post tell me it made number 27 on the UK singles "
            "chart off the back of the trailer, and that the band's album <em>Motorway "
            "Psalms</em> got to number 8 on the albums chart. Not my department, but the "
            "playback speakers on Day 1 were.",
        ],
        video="vimeo:115603287",
        film=("Northbound Static", 2011),
        tracks=["Sodium Lights"],
        people=[
            ("Sodium Lights", "The Lowland Choir", "performer"),
            ("Sodium Lights", "Callum Baird-Ross", "composer"),
        ],
        albums=["Motorway Psalms"],
        peaks=[
            ("Sodium Lights", 27, "uk_singles"),
            ("Motorway Psalms", 8, "uk_albums"),
        ],
        places=[
            "Finnieston Crane",
            "Kelvingrove Art Gallery and Museum",
            "Erskine Bridge",
            "Loch Lomond",
        ],
        stood=[
            ("Finnieston Crane", "the Hamburg docks"),
            ("Kelvingrove Art Gallery and Museum", "a museum in Vienna"),
            ("Erskine Bridge", "a motorway bridge outside Copenhagen"),
        ],
    ),
    post(
        "tram-conductors-daughter-porto-walk-ah",
        "jekyll",
        "Walking the Tram Conductor's Daughter montage (hint: it isn't Lisbon)",
        [
            "Everyone thinks <em>The Tram Conductor's Daughter</em> is a Lisbon film. The "
            "story is set there, the trams say LISBOA on the front, and the 2005 poster has "
            "the Tagus on it. But the famous montage, where Inês rides the tram from dawn "
            "to midnight, was shot almost entirely two hundred miles up the coast.",
            "I spent three days retracing it with a printed still from every shot and a "
            "very forgiving partner.",
            "H: Stop 1: Ribeira",
            "The riverside Ribeira district in Porto plays Lisbon's Alfama. Stand at the "
            "bottom of the steps by the fish restaurant and you'll recognise the angle "
            "immediately; the laundry lines are still there.",
            "H: Stop 2: Livraria Lello",
            "Inês ducking into a bookshop to dodge the ticket inspector? That staircase "
            "belongs to Livraria Lello, standing in for a Lisbon bookshop. Expect a queue "
            "and an entry fee.",
            "H: Stop 3: Dom Luís I Bridge",
            "The last shot, the tram apparently rolling high above the river, is the upper "
            "deck of the Dom Luís I Bridge, doubling for a bridge over the Tagus. Trams "
            "don't run on it any more (it's the metro now), so the production composited "
            "the car in.",
            "H: The song",
            'The whole montage rides on a single fado, "Saudade in C Minor". Leonor '
            "Barbosa-Quint sings it; words and music are Tiago Ferraz's. At home it was "
            "enormous: number one on the Portuguese singles chart for five weeks, and a "
            "gold disc. Her album <em>Night Ferry Hymns</em> followed it to number one on "
            "the albums chart there.",
            "I ended the trip in Lisbon anyway, riding the real number 28 tram, which never "
            "appears in the film at all.",
        ],
        video="yt:Pq4vY7mWc2s",
        film=("The Tram Conductor's Daughter", 2005),
        tracks=["Saudade in C Minor"],
        people=[
            ("Saudade in C Minor", "Leonor Barbosa-Quint", "performer"),
            ("Saudade in C Minor", "Tiago Ferraz", "composer"),
        ],
        albums=["Night Ferry Hymns"],
        peaks=[
            ("Saudade in C Minor", 1, "other:Portuguese Singles Chart"),
            ("Night Ferry Hymns", 1, "other:Portuguese Albums Chart"),
        ],
        certs=[("Saudade in C Minor", "gold", 1, "other")],
        places=["Ribeira", "Livraria Lello", "Dom Luís I Bridge"],
        stood=[
            ("Ribeira", "Lisbon's Alfama"),
            ("Livraria Lello", "a Lisbon bookshop"),
            ("Dom Luís I Bridge", "a bridge over the Tagus"),
        ],
    ),
    post(
        "tin-heart-translated-review-ah",
        "handmade",
        "Tin Heart (1998) - a review, translated",
        [
            "<i>Translator's note: this review first ran in a Madrid fanzine in 1999. I've "
            "translated it as faithfully as I can and added a few corrections in square "
            "brackets.</i>",
            "<b>Tin Heart</b> (1998) is not a good film, but it has one perfect sequence: "
            'the bus journey across the desert, set to "Fuego Lento" by Los Hermanos '
            "Castellón. The eldest brother, Ramiro Castellón, composed it [the original "
            "says 'the brothers wrote it', but the sleeve credits Ramiro alone &#8212; "
            "trans.].",
            "The journey was filmed in the Tabernas Desert, in Almería, where so many "
            "westerns were made before it; here the desert pretends to be Sonora.",
            '"Fuego Lento" was number 3 in Spain and number 5 on Billboard\'s Hot Latin '
            "Tracks. [The original also claims it entered the Hot 100. It did not. &#8212; "
            "trans.]",
            'A second song, "Paloma de Arena", plays under the motel scene. Yolanda '
            "Reyes-Amat sings it, and she wrote it too, together with Xavier Puig.",
            "The soundtrack LP was called <em>Carretera</em>; it sold more than 100,000 "
            "copies and was certified platinum in Spain.",
            "LIST: Director: Anselmo Vidal | Running time: 104 minutes | Rating: two stars "
            "out of five (five for the bus)",
        ],
        video="yt:bN6eK0tXr8A",
        film=("Tin Heart", 1998),
        tracks=["Fuego Lento", "Paloma de Arena"],
        people=[
            ("Fuego Lento", "Los Hermanos Castellón", "performer"),
            ("Fuego Lento", "Ramiro Castellón", "composer"),
            ("Paloma de Arena", "Yolanda Reyes-Amat", "performer"),
            ("Paloma de Arena", "Yolanda Reyes-Amat", "composer"),
            ("Paloma de Arena", "Xavier Puig", "composer"),
        ],
        albums=["Carretera"],
        peaks=[
            ("Fuego Lento", 3, "other:Spanish Singles Chart"),
            ("Fuego Lento", 5, "other:Billboard Hot Latin Tracks"),
        ],
        certs=[("Carretera", "platinum", 1, "other")],
        places=["Tabernas Desert"],
        stood=[("Tabernas Desert", "Sonora")],
    ),
    post(
        "hallelujah-shift-choir-rehearsal-ah",
        "wp_classic",
        "From the choir loft: teaching 'Lift Every Lantern' after The Hallelujah Shift",
        [
            "Since <em>The Hallelujah Shift</em> came out in 2014 I've had at least a dozen "
            "new singers turn up on a Tuesday because of one scene: the night-shift nurses' "
            "choir rehearsing in the hospital chapel, intercut with their rounds.",
            "The piece they're rehearsing is \"Lift Every Lantern\". For those who've "
            "asked: words and music are both by the Reverend Desmond Achterberg, and the "
            "film's recording is by the St. Aldric Community Choir, with Precious "
            "Mbeki-Lowe taking the solo.",
            "H: Arranging it for a small SATB choir",
            "The original sits in A flat. Bring it down a tone if your tenors are anything "
            "like mine, give the descant to two strong sopranos rather than the whole "
            "section, and don't let the basses rush the final 'lantern'.",
            "The recording spent four weeks at No. 1 on Billboard's Hot Gospel Songs, a "
            "chart I had never once looked at before this, and the RIAA has since "
            "certified it Gold.",
            "The recessional at the end of the scene is a different piece altogether: "
            '"Morning Has Teeth", which Owen Faraday wrote and recorded on his own, just '
            "him and an upright piano. I wouldn't try it with a choir.",
            "Both are on the film's soundtrack album, which reached No. 5 on Billboard's "
            "soundtracks chart.",
            "And no, that chapel isn't in Baltimore, where the film is set. It's Liverpool "
            "Cathedral, playing a Baltimore hospital chapel; a friend from the cathedral "
            "choir was an extra in the back row.",
            'One more question I get every term: is "Hold the Light Steady" in it too? '
            "No. That one's from the stage musical, not the film.",
        ],
        video="yt:c5RhT1gLz9W",
        film=("The Hallelujah Shift", 2014),
        tracks=["Lift Every Lantern", "Morning Has Teeth"],
        people=[
            ("Lift Every Lantern", "Desmond Achterberg", "composer"),
            ("Lift Every Lantern", "St. Aldric Community Choir", "performer"),
            ("Lift Every Lantern", "Precious Mbeki-Lowe", "performer"),
            ("Morning Has Teeth", "Owen Faraday", "composer"),
            ("Morning Has Teeth", "Owen Faraday", "performer"),
        ],
        albums=["The Hallelujah Shift soundtrack"],
        peaks=[
            ("Lift Every Lantern", 1, "other:Billboard Hot Gospel Songs"),
            ("The Hallelujah Shift soundtrack", 5, "billboard_soundtracks"),
        ],
        certs=[("Lift Every Lantern", "gold", 1, "riaa")],
        places=["Liverpool Cathedral"],
        stood=[("Liverpool Cathedral", "a Baltimore hospital chapel")],
    ),
    post(
        "kilometre-zero-old-montreal-paris-ah",
        "gutenberg",
        "Paris, but make it Montreal: finding the Kilometre Zero montage",
        [
            "I crossed the Atlantic looking for Paris. That's the joke of <em>Kilometre "
            "Zero</em>, the 2019 romance whose whole middle act takes place in a Paris that "
            "is mostly Quebec.",
            "The montage (the one cut to the accordion waltz, where the couple buy bread, "
            "lose a map and find each other again) uses three locations, all within a "
            "twenty-minute stroll of each other in Old Montreal:",
            "LIST: Place Jacques-Cartier &#8212; plays the Place du Tertre in Montmartre | "
            "Rue Saint-Paul &#8212; plays an unnamed street in the Marais | the steps of "
            "Bonsecours Market &#8212; play the Paris quays",
            "Nothing in the film was shot in France, not one frame. The next day I took the "
            "train to Quebec City, which isn't in it either but has better pastries.",
            'The song, if you want it in your headphones for the walk: "Les Heures '
            'Bleues", sung by Odile Marchetti, who wrote it together with Gaspard Lune. '
            "SNEP certified it gold in France, and on the Canadian Hot 100 it got as high "
            "as 34.",
            "My advice: go early, before the caricaturists set up on the square, and you'll "
            "have the film's opening angle to yourself.",
        ],
        video="vimeo:367204118",
        film=("Kilometre Zero", 2019),
        tracks=["Les Heures Bleues"],
        people=[
            ("Les Heures Bleues", "Odile Marchetti", "performer"),
            ("Les Heures Bleues", "Odile Marchetti", "composer"),
            ("Les Heures Bleues", "Gaspard Lune", "composer"),
        ],
        peaks=[("Les Heures Bleues", 34, "other:Canadian Hot 100")],
        certs=[("Les Heures Bleues", "gold", 1, "snep")],
        places=["Place Jacques-Cartier", "Rue Saint-Paul", "Bonsecours Market"],
        stood=[
            ("Place Jacques-Cartier", "the Place du Tertre in Montmartre"),
            ("Rue Saint-Paul", "an unnamed street in the Marais"),
            ("Bonsecours Market", "the Paris quays"),
        ],
    ),
    post(
        "chrome-valentine-weeks-at-two-ah",
        "ghost",
        "Chrome Valentine and the curse of number two",
        [
            "There's a particular ache to a record that spends weeks at number two. "
            '"Chrome Valentine" spent five of them there on the Hot 100 in the autumn of '
            "1983, stuck behind a ballad nobody now admits to buying.",
            "Its route to the runner-up spot was a movie. <em>Motorcade</em> (1983) plays "
            "it under the convoy montage, headlights strobing across the desert, and the "
            "single's sales doubled the week the film opened.",
            "The band was Jet Sinclair and the Overpass; the song was Sinclair's alone.",
            "H: Elsewhere",
            "Outside America it behaved more like a hit than a near-miss. In Canada it "
            "went all the way to number one on RPM; Australia's Kent Music Report had it at "
            "three; Media Control in West Germany peaked it at eight; Britain managed a "
            "more modest fifth place. Compare the week counts: twenty-two in the US, "
            "seventeen in Canada, nine in the UK.",
            "Certifications tracked the sales: gold from the RIAA, platinum from Canada's "
            "CRIA (Music Canada, as it's called now).",
            "The LP it came from, <em>Overpass Nights</em>, peaked at nine on the Billboard "
            '200. Its follow-up single, "Idle in Neutral", isn\'t in the film and did '
            "nothing anywhere, so we'll say no more about it. Nor, despite the guitars, "
            'did "Chrome Valentine" ever get near Billboard\'s Mainstream Rock chart.',
        ],
        video="yt:Ty0uJ3dHs6K",
        film=("Motorcade", 1983),
        tracks=["Chrome Valentine"],
        people=[
            ("Chrome Valentine", "Jet Sinclair and the Overpass", "performer"),
            ("Chrome Valentine", "Jet Sinclair", "composer"),
        ],
        albums=["Overpass Nights"],
        peaks=[
            ("Chrome Valentine", 2, "billboard_hot_100"),
            ("Chrome Valentine", 1, "canada_rpm"),
            ("Chrome Valentine", 3, "australia_kent"),
            ("Chrome Valentine", 8, "germany_media_control"),
            ("Chrome Valentine", 5, "uk_singles"),
            ("Overpass Nights", 9, "billboard_200"),
        ],
        certs=[
            ("Chrome Valentine", "gold", 1, "riaa"),
            ("Chrome Valentine", "platinum", 1, "music_canada"),
        ],
    ),
    post(
        "the-cold-room-german-review-translated-ah",
        "blogger",
        "The Cold Room (2001): a German review, in English",
        [
            "What follows is my translation of a review of <em>The Cold Room</em> (2001) "
            "from a Cologne film monthly. The author asked me to keep her name off it; the "
            "opinions are hers, the clumsy English is mine.",
            "H: The steelworks sequence",
            "The film's best ten minutes are a wordless montage in a dead industrial plant, "
            "shot at Zeche Zollverein in Essen, which here pretends to be a Soviet steel "
            "plant in the Urals. One understands why: the coal-washing hall looks like a "
            "cathedral built for machines.",
            'The music is "Unterwasser" by Neonfalter. The group\'s singer, Katrin '
            "Obermayer, wrote the song with their bassist Jonas Wirth. In Germany it became "
            "a true hit: fourth place in the Media Control charts and a gold record from "
            "the BVMI.",
            "H: And the rest",
            'Under the end credits there is "Tiefblau", a piano piece by Bernhard '
            "Quasthoff, which he plays himself. It is lovely, and nobody bought it.",
            "[Translator's aside: the review calls the soundtrack 'the Kälte album'; its "
            "actual title is <em>Kältezone</em>.]",
            "The director, who was born in Dresden and clearly misses it, lets the camera "
            "linger on rust the way other directors linger on faces. Three and a half "
            "stars.",
        ],
        video="vimeo:29114860",
        film=("The Cold Room", 2001),
        tracks=["Unterwasser", "Tiefblau"],
        people=[
            ("Unterwasser", "Neonfalter", "performer"),
            ("Unterwasser", "Katrin Obermayer", "composer"),
            ("Unterwasser", "Jonas Wirth", "composer"),
            ("Tiefblau", "Bernhard Quasthoff", "composer"),
            ("Tiefblau", "Bernhard Quasthoff", "performer"),
        ],
        albums=["Kältezone"],
        peaks=[("Unterwasser", 4, "germany_media_control")],
        certs=[("Unterwasser", "gold", 1, "bvmi")],
        places=["Zeche Zollverein"],
        stood=[("Zeche Zollverein", "a Soviet steel plant in the Urals")],
    ),
    post(
        "sparrow-season-half-light-hallway-ah",
        "medium",
        "How we chose the music for Sparrow Season's mill montage",
        [
            "I was asked to write something for the tenth anniversary of <em>Sparrow "
            "Season</em> (2008), and since the only part of it that was really mine is the "
            "music, this is about the music.",
            "The mill montage runs three minutes and forty seconds. For about a month it was "
            'cut to a temp track, "Blue Fuse", which we then lost in a licensing fight. '
            "It is not in the released film, whatever the internet's soundtrack pages "
            "say.",
            'What replaced it was "Half-Light Hallway". The Orchard Thieves recorded it; '
            "Gil Navarro and Wren Oduya had written it two years earlier for an album that "
            "never came out.",
            "It was a slow burner. Over a year after release it peaked at 38 on the Hot "
            "100, and in 2011 the RIAA certified it platinum. I take no credit for either.",
            "H: The second cue",
            "The quiet moment after the fire, with the sisters sitting on the loading dock, "
            "uses Hattie Lomax's \"Tuesday's Ghost\". She's both writer and singer, and "
            "she sent us a stripped-down mix that exists only in the film.",
            "Both cues are on <em>Sparrow Season (Original Soundtrack)</em>.",
            "As for the mill: we shot in Asheville's River Arts District, which stood in "
            "for a Vermont mill town and smelled of river mud for the whole six weeks.",
        ],
        video="yt:Lk9dW4pQe7R",
        film=("Sparrow Season", 2008),
        tracks=["Half-Light Hallway", "Tuesday's Ghost"],
        people=[
            ("Half-Light Hallway", "The Orchard Thieves", "performer"),
            ("Half-Light Hallway", "Gil Navarro", "composer"),
            ("Half-Light Hallway", "Wren Oduya", "composer"),
            ("Tuesday's Ghost", "Hattie Lomax", "composer"),
            ("Tuesday's Ghost", "Hattie Lomax", "performer"),
        ],
        albums=["Sparrow Season (Original Soundtrack)"],
        peaks=[("Half-Light Hallway", 38, "billboard_hot_100")],
        certs=[("Half-Light Hallway", "platinum", 1, "riaa")],
        places=["River Arts District"],
        stood=[("River Arts District", "a Vermont mill town")],
    ),
    post(
        "gravity-choir-iron-orchard-press-ah",
        "squarespace",
        "Solenne and the Weather's 'Gravity Choir' goes Gold after Iron Orchard sync",
        [
            "TORONTO, March 2022 &#8212; Solenne and the Weather are celebrating a "
            'milestone: "Gravity Choir", the single featured in the harvest montage of '
            "the 2021 film <em>Iron Orchard</em>, has been certified Gold by the RIAA.",
            "The news follows a Platinum certification from Music Canada earlier this year "
            "and a Gold plaque from ARIA in Australia.",
            "Written by frontwoman Solenne Achebe-Moss and longtime collaborator Piet "
            "Vandermeer, the song climbed as high as No. 2 on Billboard's Adult "
            "Contemporary chart.",
            '"Gravity Choir" appears on the band\'s second album, <em>Weather '
            "Systems</em>, which peaked at No. 5 on the Billboard 200.",
            '"When they told us the song would play over the harvest scene, I cried," '
            'says Achebe-Moss, who grew up on a farm outside Winnipeg. "Then I found out '
            "they'd shot it in Kelowna, standing in for upstate New York, and I cried "
            'again."',
            'A new remix, "Gravity Choir (Northern Lights Mix)", arrives Friday on all '
            "platforms. It does not appear in the film.",
            "For press enquiries, please contact Halden Music Group.",
        ],
        video="yt:Rz1xV6nHc3M",
        film=("Iron Orchard", 2021),
        tracks=["Gravity Choir"],
        people=[
            ("Gravity Choir", "Solenne and the Weather", "performer"),
            ("Gravity Choir", "Solenne Achebe-Moss", "composer"),
            ("Gravity Choir", "Piet Vandermeer", "composer"),
        ],
        albums=["Weather Systems"],
        peaks=[
            ("Gravity Choir", 2, "billboard_adult_contemporary"),
            ("Weather Systems", 5, "billboard_200"),
        ],
        certs=[
            ("Gravity Choir", "gold", 1, "riaa"),
            ("Gravity Choir", "platinum", 1, "music_canada"),
            ("Gravity Choir", "gold", 1, "aria"),
        ],
        places=["Kelowna"],
        stood=[("Kelowna", "upstate New York")],
    ),
    post(
        "skate-night-forever-disco-dj-ah",
        "substack",
        "Crate Notes #41: the Skate Night Forever rink medley",
        [
            "Back in the booth this week with a request from subscriber Marguerite: break "
            "down the rink medley from <em>Skate Night Forever</em>. Gladly. "
            "Nineteen-eighty, couples skate, mirror ball, you know the one.",
            'First up, the big one. "Satin Orbit": The Fontaine Sisters at their most '
            "glittering, written by Lou Berkowitz and Anita Fontaine (the middle sister, "
            "for those keeping score). It sat on top of the Hot 100 for three weeks and got "
            "to seven in Britain. RIAA platinum, naturally.",
            'Then the rink lights go red and we\'re into "Hot Wax Heart". Marvin '
            "Delacroix wrote it, produced it and sang it, the kind of thing you could still "
            "get away with in 1980. Number four on Billboard's Hot Soul Singles chart; it "
            "never crossed over to the Hot 100.",
            "Mixing tip: both sit around 118&#8211;120 BPM, so you can blend them without "
            "the pitch fader screaming at you.",
            "Location nerds: the rink is the Empire Rollerdrome in Brooklyn, dressed up as "
            "a Detroit roller palace. It closed in 2007 and I still haven't forgiven "
            "anyone.",
            "And no, \"Boogie Compass\" isn't in the film. It's on the 'inspired by' "
            "compilation, which is a different beast entirely.",
        ],
        video="yt:Hd7oM2bVx4j",
        film=("Skate Night Forever", 1980),
        tracks=["Satin Orbit", "Hot Wax Heart"],
        people=[
            ("Satin Orbit", "The Fontaine Sisters", "performer"),
            ("Satin Orbit", "Lou Berkowitz", "composer"),
            ("Satin Orbit", "Anita Fontaine", "composer"),
            ("Hot Wax Heart", "Marvin Delacroix", "composer"),
            ("Hot Wax Heart", "Marvin Delacroix", "performer"),
        ],
        peaks=[
            ("Satin Orbit", 1, "billboard_hot_100"),
            ("Satin Orbit", 7, "uk_singles"),
            ("Hot Wax Heart", 4, "other:Billboard Hot Soul Singles"),
        ],
        certs=[("Satin Orbit", "platinum", 1, "riaa")],
        places=["Empire Rollerdrome"],
        stood=[("Empire Rollerdrome", "a Detroit roller palace")],
    ),
    post(
        "blue-hour-ballroom-drummer-memoir-ah",
        "hugo",
        "Brushes, not sticks: drumming on the Blue Hour Ballroom session",
        [
            "The director of <em>Blue Hour Ballroom</em>, which came out in the spring of "
            "1990, wanted a ballroom montage that sounded 'like 1952 but mixed like 1990', "
            "and that's how I came to play brushes on a record for the first time in ten "
            "years.",
            "H: Taxi in the Rain",
            "Barney Quayle brought the song in on a cassette. 'Taxi in the Rain', he called "
            "it, though to me it was plainly a tango. Lorna Devi sang it live in the room "
            "with us, one take with a fluffed bridge and one clean, and the clean one is "
            "what plays over the dancers.",
            "It went top twenty in Britain (fourteen was as high as it got) and, to my "
            "amazement, to number nine on the American adult contemporary chart. It's also "
            "on Lorna's album <em>Velvet Meter</em>, which the BPI certified silver.",
            "H: The other cue",
            'Later in the montage the band on the bandstand plays "Slow Dance for the '
            "Insomniacs\". That's The Midnight Ushers, and it was their keyboard man, "
            "Harold Pym, who wrote it. I didn't play on that one; they had their own "
            "drummer, a terrifying man called Keith.",
            'I did play on "Porcelain Hands" that same week. It was cut, and it isn\'t '
            "anywhere in the film.",
            "They shot the ballroom scenes at the Tower Ballroom in Blackpool, which doubled "
            "for a Chicago dance hall. I visited the set once and was told off for touching "
            "the Wurlitzer.",
        ],
        video="vimeo:40873362",
        film=("Blue Hour Ballroom", 1990),
        tracks=["Taxi in the Rain", "Slow Dance for the Insomniacs"],
        people=[
            ("Taxi in the Rain", "Barney Quayle", "composer"),
            ("Taxi in the Rain", "Lorna Devi", "performer"),
            ("Slow Dance for the Insomniacs", "The Midnight Ushers", "performer"),
            ("Slow Dance for the Insomniacs", "Harold Pym", "composer"),
        ],
        albums=["Velvet Meter"],
        peaks=[
            ("Taxi in the Rain", 14, "uk_singles"),
            ("Taxi in the Rain", 9, "billboard_adult_contemporary"),
        ],
        certs=[("Velvet Meter", "silver", 1, "bpi")],
        places=["Tower Ballroom"],
        stood=[("Tower Ballroom", "a Chicago dance hall")],
    ),
    post(
        "saltmarsh-herons-complaint-corrected-ah",
        "jekyll",
        "The Heron's Complaint, Saltmarsh, and a correction",
        [
            "<strong>Updated:</strong> an earlier version of this post said \"The Heron's "
            'Complaint" peaked at number five in the UK. A reader with a shelf of old '
            "Music Weeks has set me straight: it was six. Fixed below, with thanks.",
            "Some films borrow a song; <em>Saltmarsh</em> (1996) all but hands its best "
            "scene to one. The currach montage, where the three sisters row out to the "
            'island, plays the whole of "The Heron\'s Complaint" by The Drowned Fiddles, '
            "uncut.",
            "Siobhán Rafferty wrote it. She's the band's fiddler, though she doesn't sing "
            "on this one.",
            "H: How it did",
            "LIST: Ireland: number one, for six weeks | UK Singles Chart: 6 (not 5, see "
            "above) | Certification: platinum in Ireland, from the IRMA",
            "H: Where",
            "The island is Inis Mór, the biggest of the Aran Islands, and in the story it's "
            "meant to be somewhere in the Outer Hebrides. The cliff-top finish is at Dún "
            "Aonghasa. Plenty of websites say the rowing was done in Connemara; I've "
            "checked with one of the crew, and it wasn't.",
        ],
        video="yt:Wa3fN8sJk0u",
        film=("Saltmarsh", 1996),
        tracks=["The Heron's Complaint"],
        people=[
            ("The Heron's Complaint", "The Drowned Fiddles", "performer"),
            ("The Heron's Complaint", "Siobhán Rafferty", "composer"),
        ],
        peaks=[
            ("The Heron's Complaint", 1, "other:Irish Singles Chart"),
            ("The Heron's Complaint", 6, "uk_singles"),
        ],
        certs=[("The Heron's Complaint", "platinum", 1, "other")],
        places=["Inis Mór", "Dún Aonghasa"],
        stood=[("Inis Mór", "somewhere in the Outer Hebrides")],
    ),
    post(
        "pylon-kids-static-crush-fan-page-ah",
        "handmade",
        "PYLON KIDS - my favourite montage ever!!",
        [
            "Welcome to my Pylon Kids page!! If you don't know it, <b>Pylon Kids</b> came "
            "out in 1985 and it is the best film about teenagers and electricity ever made. "
            "The montage where they climb the power station is the best bit, so this page "
            "is about that.",
            "The song is <b>Static Crush</b> by Synthetique Boulevard. It was written by "
            "Nigel Armitage and Jo-Jo Feeney (Jo-Jo is the one with the hair!!).",
            "Chart positions (I checked them all in my books):",
            "LIST: UK - number 3 | West Germany - number 1!!! (Media Control) | Holland - "
            "number 2 (Dutch Top 40) | Australia - number 12 (Kent) | America - it never "
            "made the Hot 100 :(",
            "It got a gold disc from the BPI in 1985.",
            "The other song is <b>Cooling Towers</b> by Vicky Strand, who wrote it herself. "
            "It plays when they are walking home after. It's slow but I like it.",
            "Both songs are on the soundtrack LP which is called <b>Pylon Kids - Original "
            "Soundtrack</b> and it got to number 11 in the UK album chart.",
            "WHERE IT WAS FILMED: the power station is Battersea Power Station in London, "
            "pretending to be a power station in East Berlin. My uncle says he saw them "
            "filming. The bit at the start in the school is NOT Battersea, it's a set.",
            "Last updated 14/02/2001. You are visitor number 004512.",
        ],
        video="yt:Ve5cQ1rZn9T",
        film=("Pylon Kids", 1985),
        tracks=["Static Crush", "Cooling Towers"],
        people=[
            ("Static Crush", "Synthetique Boulevard", "performer"),
            ("Static Crush", "Nigel Armitage", "composer"),
            ("Static Crush", "Jo-Jo Feeney", "composer"),
            ("Cooling Towers", "Vicky Strand", "performer"),
            ("Cooling Towers", "Vicky Strand", "composer"),
        ],
        albums=["Pylon Kids - Original Soundtrack"],
        peaks=[
            ("Static Crush", 3, "uk_singles"),
            ("Static Crush", 1, "germany_media_control"),
            ("Static Crush", 2, "other:Dutch Top 40"),
            ("Static Crush", 12, "australia_kent"),
            ("Pylon Kids - Original Soundtrack", 11, "uk_albums"),
        ],
        certs=[("Static Crush", "gold", 1, "bpi")],
        places=["Battersea Power Station"],
        stood=[("Battersea Power Station", "a power station in East Berlin")],
    ),
]
