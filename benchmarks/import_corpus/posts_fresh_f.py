"""Round 4, set F: twenty posts by a seventh writer who never saw the importer's rules.

Invented films (1975-1995), songs, people, bands and labels; real places. Each of the ten
blog markups is used twice, each post in a different writer's voice.
"""

from .spec import post

POSTS = [
    post(
        "boardwalk-fever-fan-f",
        "wp_classic",
        "BOARDWALK FEVER is the best movie ever made and I will not be taking questions",
        [
            "OK so. My cousin Dana had <em>Boardwalk Fever</em> on VHS at her house in"
            " Tulsa over spring break and we watched it FOUR times in two days. It came"
            " out in 1986 which is way before I was born (sorry) but honestly it holds"
            " up so hard.",
            "The song!!! “Spin Me Till Sunday” by The Velvet Alibi plays when Kimmy"
            " Stroud skates down the boardwalk at sunset and I literally screamed. I"
            " looked it up and it was written by Marcy Quinlan and Dev Orbach, who are"
            " NOT in the band, they just wrote it for them I guess?? Anyway it's a bop.",
            "It was a real hit too. It got to No. 7 on the Billboard Hot 100 and all the"
            " way up to number 3 in Canada, and my dad (who is OLD) says the single went"
            " gold, which is a thing the RIAA gives you for selling 500,000 copies. He"
            " also says he had the Boardwalk Fever soundtrack on cassette and my mom"
            " made him throw it out. RIP.",
            "The movie is supposed to be in Atlantic City, New Jersey, but it was not"
            " filmed there AT ALL. I found out on a fan site that the boardwalk scenes"
            " were shot on the Santa Monica Pier, which stood in for the Jersey"
            " boardwalk, and the skate-off at the end was filmed at Venice Beach."
            " California pretending to be New Jersey, iconic.",
            "Other things I love: Jerry Halpern directed it and he also did that sailing"
            " movie nobody remembers. The villain's mullet. The dog. The way the score"
            " (by some guy named Lyle Becker) goes all synthy when they finally kiss.",
            "Their other song “Tuesday Girl” is NOT in the movie which is a crime. OK"
            " bye, the video is up top, go watch it &lt;3",
        ],
        video="yt:Qm7vR2xLp0a",
        film=("Boardwalk Fever", 1986),
        tracks=["Spin Me Till Sunday"],
        people=[
            ("Spin Me Till Sunday", "Marcy Quinlan", "composer"),
            ("Spin Me Till Sunday", "Dev Orbach", "composer"),
            ("Spin Me Till Sunday", "The Velvet Alibi", "performer"),
        ],
        albums=["Boardwalk Fever soundtrack"],
        peaks=[
            ("Spin Me Till Sunday", 7, "billboard_hot_100"),
            ("Spin Me Till Sunday", 3, "canada_rpm"),
        ],
        certs=[("Spin Me Till Sunday", "gold", 1, "riaa")],
        places=["Santa Monica Pier", "Venice Beach"],
        stood=[("Santa Monica Pier", "the Jersey boardwalk")],
    ),
    post(
        "last-train-to-harlan-shop-f",
        "gutenberg",
        "From the bins: Last Train to Harlan",
        [
            "Every shop has a record that sells itself. Ours is the soundtrack LP to"
            " the 1979 railroad picture <em>Last Train to Harlan</em>, released as"
            " <em>Songs from Last Train to Harlan</em>, and we have sold that same title"
            " maybe thirty times since we opened on Gay Street in 1994.",
            "The reason is one song. “Coal Smoke Lullaby” was written and sung by Dell"
            " Pruitt, a man who by all accounts never wanted to be on the radio, and it"
            " ended up at No. 2 on Billboard's Hot Country Singles chart. It crossed"
            " over a little, too: fourteenth on the Adult Contemporary list, which for a"
            " song about black lung is really something.",
            "The other cut people ask about is the fiddle tune under the wedding scene,"
            " “Whistle Stop Waltz.” That's the Kettle Creek Boys playing, and the tune"
            " is Ada Mae Sorrell's. She wrote it in the thirties, the liner notes say,"
            " and never saw a dime.",
            "The album itself went gold, RIAA-certified in the spring of 1980, which is"
            " why so many copies float around. Condition is the problem. Most of what"
            " comes through the door has a coffee ring on the jacket and a skip on side"
            " two.",
            "H: Where they shot it",
            "Harlan County is where the story is set, but the picture was made in"
            " Harpers Ferry, West Virginia, which does a fine job doubling for eastern"
            " Kentucky. A fellow who says he worked as a grip on it told me so over"
            " coffee, right here at the counter, and he had the crew jacket to prove it.",
            "Director Walt Emmerich, for what it's worth, hated the songs and said so in"
            " every interview he gave. The score, separate from the songs, is by Lionel"
            " Shaw and has never been issued on anything.",
            "We've got two copies in right now: one VG+ at $18, and one that plays fine"
            " but looks like it lived in a barn. Come in and ask for Ruth.",
        ],
        video="vimeo:48210377",
        film=("Last Train to Harlan", 1979),
        tracks=["Coal Smoke Lullaby", "Whistle Stop Waltz"],
        people=[
            ("Coal Smoke Lullaby", "Dell Pruitt", "composer"),
            ("Coal Smoke Lullaby", "Dell Pruitt", "performer"),
            ("Whistle Stop Waltz", "Kettle Creek Boys", "performer"),
            ("Whistle Stop Waltz", "Ada Mae Sorrell", "composer"),
        ],
        albums=["Songs from Last Train to Harlan"],
        peaks=[
            ("Coal Smoke Lullaby", 2, "other:Billboard Hot Country Singles"),
            ("Coal Smoke Lullaby", 14, "billboard_adult_contemporary"),
        ],
        certs=[("Songs from Last Train to Harlan", "gold", 1, "riaa")],
        places=["Harpers Ferry"],
        stood=[("Harpers Ferry", "eastern Kentucky")],
    ),
    post(
        "cartographers-daughter-note-f",
        "ghost",
        "Lines on a map: the song in The Cartographer's Daughter",
        [
            "What follows is a provisional note rather than an argument. <em>The"
            " Cartographer's Daughter</em> (1991) has received little sustained"
            " attention, and what attention it has received tends to treat its music as"
            " decoration. I want to suggest, cautiously, that its one song does rather"
            " more work than that.",
            "H: The song and its makers",
            "The song in question, “Paper Meridian,” is heard twice: once"
            " diegetically, on a gramophone, and once over the closing titles. It is"
            " performed by the Hungarian-born singer Ilse Varga and was composed by"
            " Tomasz Wren, who (it should be stressed) is not the film's score composer,"
            " Anselm Rask, although the two are frequently conflated in secondary"
            " sources.",
            "Its commercial life was modest but not negligible. The single appears to"
            " have reached number twenty-two on the UK singles chart and, somewhat more"
            " surprisingly, to have climbed as high as ninth place on West Germany's"
            " Media Control chart. The accompanying album, <em>Meridian Lines</em>, was"
            " certified silver by the BPI, though I have not been able to establish the"
            " date of certification with any confidence.",
            "H: Locations, and a correction",
            "It is often repeated that the film was shot in Porto. The surviving call"
            " sheets, which I consulted in 2016, do not support this. Principal"
            " photography took place in Lisbon's Alfama district, which stands in, with"
            " some strain, for interwar Trieste; the summer-residence sequences were"
            " filmed at the Pena Palace in Sintra, doubling for an unnamed Habsburg"
            " retreat.",
            "One might object that none of this bears on a reading of the song. Perhaps"
            " not. But a song about the arbitrariness of lines on a map, sung in one"
            " city pretending to be another, seems to me at least worth remarking upon.",
            "(My thanks to the archivists at the Cinemateca Portuguesa, who bear no"
            " responsibility for my conclusions.)",
        ],
        video="yt:X4bNw9Tq2Ls",
        film=("The Cartographer's Daughter", 1991),
        tracks=["Paper Meridian"],
        people=[
            ("Paper Meridian", "Ilse Varga", "performer"),
            ("Paper Meridian", "Tomasz Wren", "composer"),
        ],
        albums=["Meridian Lines"],
        peaks=[
            ("Paper Meridian", 22, "uk_singles"),
            ("Paper Meridian", 9, "germany_media_control"),
        ],
        certs=[("Meridian Lines", "silver", 1, "bpi")],
        places=["Alfama", "Pena Palace"],
        stood=[
            ("Alfama", "interwar Trieste"),
            ("Pena Palace", "an unnamed Habsburg retreat"),
        ],
    ),
    post(
        "winter-orchard-ludlow-f",
        "blogger",
        "Newsletter No. 112: When Hollywood came to Ludlow",
        [
            "Members will recall that our autumn talk, given by Mrs Eileen Pardoe,"
            " concerned the filming of <em>The Winter Orchard</em> in the town during"
            " the bitter January of 1983. Several of you asked for a written summary,"
            " and here it is, with apologies for the delay.",
            "The production, an American one, arrived with three lorries and a great"
            " deal of artificial snow, which was rather unnecessary that year. The story"
            " is set in Northumberland, but the producers found our town more to their"
            " liking, and Ludlow Castle was made up to play a Scottish border keep,"
            " complete with a fibreglass portcullis that Mr Hughes of Corve Street"
            " still claims to own.",
            "Filming also took place on Broad Street, which was closed to traffic for"
            " two days, and at Ludford Bridge, where the sleigh sequence was shot."
            " Those who were children at the time will remember being paid a pound"
            " each to throw snowballs at the leading man.",
            "The cast and crew lodged at the Feathers Hotel, and the leading man,"
            " Gregory Vane, was seen more than once in the Church Inn. Neither"
            " establishment appears in the film, despite what the Feathers told"
            " visitors for years afterwards.",
            "As for the music, the film's theme song, ‘Apples in the Snow’, was sung"
            " by Hollis Grey, who co-wrote it with Bernard Fitch. It reached number 31"
            " in the UK singles chart that March, and Mrs Pardoe played it at the end"
            " of her talk to general applause.",
            "H: Corrections",
            "In Newsletter No. 111 we gave the date of the Castle Square market fire as"
            " 1971. It was, of course, 1969. Our thanks to the three members who wrote"
            " in.",
            "The Society's next meeting is on 14 November at the Assembly Rooms.",
        ],
        video="yt:pL3kZ8vWq1E",
        film=("The Winter Orchard", 1983),
        tracks=["Apples in the Snow"],
        people=[
            ("Apples in the Snow", "Hollis Grey", "performer"),
            ("Apples in the Snow", "Hollis Grey", "composer"),
            ("Apples in the Snow", "Bernard Fitch", "composer"),
        ],
        peaks=[("Apples in the Snow", 31, "uk_singles")],
        places=["Ludlow Castle", "Broad Street", "Ludford Bridge"],
        stood=[("Ludlow Castle", "a Scottish border keep")],
    ),
    post(
        "neon-harbor-ten-things-f",
        "medium",
        "10 things you probably didn't know about Neon Harbor",
        [
            "It's been more than thirty years since <em>Neon Harbor</em> (1985) put a"
            " saxophone on every car stereo in America. Here are ten things even fans"
            " tend to miss.",
            "H: The locations",
            "LIST: 1. Director Celia Warrick wanted Seattle, but the budget sent"
            " everyone north to Vancouver, and Gastown stood in for Pioneer Square. |"
            " 2. The fishing-village scenes? That's Steveston, at the mouth of the"
            " Fraser, dressed up as a Maine harbor town. | 3. The script was rewritten"
            " eleven times, and the ending was changed after a test screening in"
            " Sacramento. | 4. Star Danny Okafor did his own motorcycle stunts."
            " The insurers were not amused. | 5. The whole thing cost $6 million and"
            " made back about triple that.",
            "H: The music",
            "LIST: 6. “Harbor Lights (Turn Me Loose)” was The Glass Pilots' first real"
            " hit, and keyboardist Rafe Delaney claims he wrote it in one afternoon. |"
            " 7. It peaked at No. 2 on the Hot 100, stuck for a month behind a song"
            " nobody remembers now. | 8. It did top Billboard's Mainstream Rock chart,"
            " for three weeks. | 9. The single went platinum in Canada, which meant a"
            " lot to a band from Hamilton, Ontario. | 10. The soundtrack album never had"
            " a proper title: the sleeve of the Neon Harbor soundtrack just shows the"
            " film's name in pink neon.",
            "Bonus: a second Glass Pilots song was recorded for the film and cut. It"
            " turned up in 1991 as a B-side, and honestly, they were right to cut it.",
        ],
        video="vimeo:73190452",
        film=("Neon Harbor", 1985),
        tracks=["Harbor Lights (Turn Me Loose)"],
        people=[
            ("Harbor Lights (Turn Me Loose)", "The Glass Pilots", "performer"),
            ("Harbor Lights (Turn Me Loose)", "Rafe Delaney", "composer"),
        ],
        albums=["Neon Harbor soundtrack"],
        peaks=[
            ("Harbor Lights (Turn Me Loose)", 2, "billboard_hot_100"),
            ("Harbor Lights (Turn Me Loose)", 1, "billboard_mainstream_rock"),
        ],
        certs=[("Harbor Lights (Turn Me Loose)", "platinum", 1, "music_canada")],
        places=["Gastown", "Steveston"],
        stood=[("Gastown", "Pioneer Square"), ("Steveston", "a Maine harbor town")],
    ),
    post(
        "red-canyon-drifters-trail-f",
        "squarespace",
        "Moab Film Trail, Stop 7: Red Canyon Drifters (1978)",
        [
            "Welcome to stop seven on the Moab Film Trail! Few films have shown off our"
            " red rock country quite like <em>Red Canyon Drifters</em>, the 1978 outlaw"
            " picture that brought a crew of two hundred to Grand County for eleven"
            " weeks.",
            "H: Where it was filmed",
            "The opening cattle drive was filmed at the foot of the Fisher Towers."
            " Stand where the camera stood and you'll see exactly the same skyline the"
            " riders did.",
            "The most famous shot in the movie, the gunfight on the cliff edge, was"
            " captured at Dead Horse Point State Park, which stood in for the Grand"
            " Canyon. (Sorry, Arizona!) Inside Arches National Park the crew found the"
            " other-worldly rock the dream sequence called for, and Arches was made to"
            " look like the Mexican Sierra Madre.",
            "H: The music",
            "Country fans will know the theme, “Ride the Slickrock,” sung by Wade"
            " Corliss. Corliss wrote it together with Jolene Barr, and it rode all the"
            " way to No. 11 on Billboard's Hot Country Singles chart in the spring of"
            " 1978.",
            "H: Plan your visit",
            "Please note: Canyonlands' Island in the Sky district is often listed as a"
            " filming location, but it does not appear in the film. It's still well"
            " worth the drive! Stay at one of our partner lodges on Main Street and"
            " pick up a free trail map at the Moab Information Center.",
        ],
        video="yt:r8DcM2uVn6Y",
        film=("Red Canyon Drifters", 1978),
        tracks=["Ride the Slickrock"],
        people=[
            ("Ride the Slickrock", "Wade Corliss", "performer"),
            ("Ride the Slickrock", "Wade Corliss", "composer"),
            ("Ride the Slickrock", "Jolene Barr", "composer"),
        ],
        peaks=[("Ride the Slickrock", 11, "other:Billboard Hot Country Singles")],
        places=["Fisher Towers", "Dead Horse Point State Park", "Arches National Park"],
        stood=[
            ("Dead Horse Point State Park", "the Grand Canyon"),
            ("Arches National Park", "the Mexican Sierra Madre"),
        ],
    ),
    post(
        "velvet-thunder-takedown-f",
        "substack",
        "No, Velvet Thunder has not aged well",
        [
            "A reader asked me to revisit <em>Velvet Thunder</em>, the 1989 Rick Dorsey"
            " vehicle, because “it's aged well.” It has not aged well. It has aged like"
            " milk left on a dashboard in July.",
            "Start with geography, since the film can't. We are told we are in Rio de"
            " Janeiro. We are in Miami Beach. Ocean Drive stands in for Rio, badly,"
            " every Art Deco façade shouting “Florida” so loudly you'd think the"
            " location manager wanted to get caught.",
            "Then the song. 'Burn the Night Down' was assembled (I will not say"
            " written) by hired hands Lou Fenner and Cass Abernathy and handed to Steel"
            " Mirage, a band that had already peaked and knew it. The thing somehow"
            " scraped its way to number 19 on the Hot 100 and into the fourth slot on"
            " Billboard's mainstream rock chart, which tells you radio programmers were"
            " tired in 1989 too.",
            "Worse: the soundtrack, <em>Velvet Thunder: Music from the Motion"
            " Picture</em>, went double platinum. Two million Americans, as certified by"
            " the RIAA, own this object. I think about that more than is healthy.",
            "The score, by Hans Dekker, is fine. The editing is not. Dorsey's co-star,"
            " Lana Fry, deserves a formal apology from everyone involved, including me,"
            " for watching it a second time.",
            "If you must, the trailer is above. You have been warned.",
        ],
        video="yt:Vt0Hn3dQk9s",
        film=("Velvet Thunder", 1989),
        tracks=["Burn the Night Down"],
        people=[
            ("Burn the Night Down", "Lou Fenner", "composer"),
            ("Burn the Night Down", "Cass Abernathy", "composer"),
            ("Burn the Night Down", "Steel Mirage", "performer"),
        ],
        albums=["Velvet Thunder: Music from the Motion Picture"],
        peaks=[
            ("Burn the Night Down", 19, "billboard_hot_100"),
            ("Burn the Night Down", 4, "billboard_mainstream_rock"),
        ],
        certs=[
            ("Velvet Thunder: Music from the Motion Picture", "platinum", 2, "riaa")
        ],
        places=["Ocean Drive"],
        stood=[("Ocean Drive", "Rio")],
    ),
    post(
        "always-the-slow-one-dj-f",
        "hugo",
        "DJ notes: why I keep playing Always the Slow One",
        [
            "Roughly one couple in six asks me for “Always the Slow One” for their first"
            " dance. That is a lot of couples for a song from a 1993 movie most of them"
            " have never seen.",
            "H: What it is",
            "It's the duet from <em>Sweet Hollow Road</em>, sung by Marla Kent and"
            " Tobias Reyes. Gene Albrecht wrote it; he also wrote about a dozen jingles"
            " you'd recognise, which is probably why the chorus sticks.",
            "The single spent eleven weeks at number one on Billboard's adult"
            " contemporary chart and peaked at No. 6 on the Hot 100. In Canada it got as"
            " far as #2. It went triple platinum, and the RIAA plaque apparently hangs"
            " in Albrecht's downstairs loo.",
            "H: The practical stuff",
            "The radio version runs 4:52, which is too long for most couples. The Sweet"
            " Hollow Road soundtrack has a shorter edit (3:58) and that's the one I cue."
            " Fade at the second chorus if they're shy.",
            "Tempo is about 68 BPM. Do not try to mix out of it straight into “Shout.”"
            " I have seen it done, and the aunts were not ready.",
            "H: Trivia for the speeches",
            "The wedding in the film was shot at the Biltmore Estate in Asheville, and"
            " the lake scenes at Lake Lure. The film is set in Georgia, which surprises"
            " people. If the couple married somewhere with a grand staircase, mention"
            " the Biltmore; they love that.",
        ],
        video="yt:aW5sKb2Jm7c",
        film=("Sweet Hollow Road", 1993),
        tracks=["Always the Slow One"],
        people=[
            ("Always the Slow One", "Marla Kent", "performer"),
            ("Always the Slow One", "Tobias Reyes", "performer"),
            ("Always the Slow One", "Gene Albrecht", "composer"),
        ],
        albums=["Sweet Hollow Road soundtrack"],
        peaks=[
            ("Always the Slow One", 1, "billboard_adult_contemporary"),
            ("Always the Slow One", 6, "billboard_hot_100"),
            ("Always the Slow One", 2, "canada_rpm"),
        ],
        certs=[("Always the Slow One", "platinum", 3, "riaa")],
        places=["Biltmore Estate", "Lake Lure"],
    ),
    post(
        "blue-riviera-souvenir-f",
        "jekyll",
        "Blue Riviera, a film of my youth, and the song L'Été Perdu",
        [
            "I write this in English so my friends of the forum can read, please excuse"
            " the mistakes. The film <em>Blue Riviera</em> is from 1986 and I have seen"
            " it first in a cinema of Lyon when I had sixteen years, with my sister.",
            "The song of the film is “L'Été Perdu”. It is sung by Chantal Morin, with"
            " her voice very low, like a smoke. The music and the words are of"
            " Jean-Luc Perrault, who was also her husband in this time (after, no"
            " more).",
            "In France this song was enormous. It arrived at the number 1 of the Top 50"
            " and stayed there all the August. It received the disque d'or in France,"
            " which was something for a song of an American film. In Germany it"
            " climbed until the 14th place of the charts.",
            "The album of the film is called <em>Bleu Riviera</em> in France, with the"
            " French spelling, and I have still the cassette in my car.",
            "For the places: the film was made in Nice, on the Promenade des Anglais,"
            " where the heroine walks with the red umbrella. And the village on the"
            " rock is Èze, but in the film it pretends to be a village of Corsica. I"
            " was there in 2004 and the little streets are exactly the same.",
            "The director is American, Howard Lisle, and the actors also, except the"
            " old fisherman who is a true fisherman of Villefranche. For me the film is"
            " a little stupid, but the song is eternal.",
        ],
        video="vimeo:219004816",
        film=("Blue Riviera", 1986),
        tracks=["L'Été Perdu"],
        people=[
            ("L'Été Perdu", "Chantal Morin", "performer"),
            ("L'Été Perdu", "Jean-Luc Perrault", "composer"),
        ],
        albums=["Bleu Riviera"],
        peaks=[
            ("L'Été Perdu", 1, "other:Top 50"),
            ("L'Été Perdu", 14, "germany_media_control"),
        ],
        certs=[("L'Été Perdu", "gold", 1, "snep")],
        places=["Promenade des Anglais", "Èze"],
        stood=[("Èze", "a village of Corsica")],
    ),
    post(
        "chrome-angels-forum-f",
        "handmade",
        "Re: Chrome Angels (1980) - filming locations + songs?",
        [
            "<b>roadking77 wrote:</b> <i>Anybody know where the bar fight in Chrome"
            " Angels was shot? And what's the song over the opening?</i>",
            "Been waiting years for somebody to ask. The bar is the Rock Store up on"
            " Mulholland Highway, same place half the bikers in SoCal still ride to on"
            " Sundays. They haven't changed the sign much either.",
            "The runway chase at the end, where they're supposed to be in Mexico?"
            " That's Edwards Air Force Base. My uncle was stationed there and says the"
            " crew got about two days on the dry lakebed before the brass got nervous."
            " So Edwards played a Mexican airstrip, lol.",
            "Opening song is 'Angel on a Harley' by Dusty Vance &amp; the Gearheads."
            " Vance wrote it himself, he's got the only credit on the 45. It got to #38"
            " on the Hot 100, which doesn't sound like much, but it was a big deal in"
            " Australia, went to No. 6 over there.",
            "The slow one in the motel scene is 'Highway Hymn', that's Rae Lynn Tate"
            " singing. Not sure who wrote it, the credits go by too fast on my tape.",
            "Side note, the director (Mort Kessel) grew up in Bakersfield and wanted to"
            " shoot there, but nope, the studio said no.",
            "Link to the opening credits for anyone who wants it:",
        ],
        video="yt:cH9rAng3L5s",
        film=("Chrome Angels", 1980),
        tracks=["Angel on a Harley", "Highway Hymn"],
        people=[
            ("Angel on a Harley", "Dusty Vance & the Gearheads", "performer"),
            ("Angel on a Harley", "Dusty Vance", "composer"),
            ("Highway Hymn", "Rae Lynn Tate", "performer"),
        ],
        peaks=[
            ("Angel on a Harley", 38, "billboard_hot_100"),
            ("Angel on a Harley", 6, "australia_kent"),
        ],
        places=["Rock Store", "Edwards Air Force Base"],
        stood=[("Edwards Air Force Base", "a Mexican airstrip")],
    ),
    post(
        "brass-city-sideman-f",
        "wp_classic",
        "Brass City, 1984: a sideman remembers",
        [
            "I've played on a lot of records nobody bought. “Ten Below (and Falling)” is"
            " one of the few that people did, and the drummer still sends me a"
            " Christmas card about it.",
            "It was Odessa Lane's song in <em>Brass City</em>, the steel-town movie"
            " from 1984. Ray Castellano wrote the music, Fay Wilder the words, and"
            " Odessa sang it like it owed her money. We cut it at a little room in"
            " Muscle Shoals in two takes.",
            "The track went on her LP <em>Steel and Satin</em>, and the album was what"
            " really sold: it went gold in the UK, of all places. Over there the single"
            " went to number twelve. Back home it stalled at 27 on the Hot 100, which"
            " Odessa took personally.",
            "I saw the film at a Tuesday matinee in Memphis with my wife. I'd never"
            " been to Pittsburgh, where they made it, but from the screen I learned"
            " that the Strip District looks a lot like Detroit, because that's what it"
            " was playing. The big chase across the Smithfield Street Bridge I have"
            " since seen in three different documentaries about bridges.",
            "The producer on the session, Carl Benner, wanted strings. We talked him"
            " out of it. Good call, I still think.",
            "Odessa passed in 2011. Play it loud.",
        ],
        video="yt:Bx1984tenB0",
        film=("Brass City", 1984),
        tracks=["Ten Below (and Falling)"],
        people=[
            ("Ten Below (and Falling)", "Odessa Lane", "performer"),
            ("Ten Below (and Falling)", "Ray Castellano", "composer"),
            ("Ten Below (and Falling)", "Fay Wilder", "composer"),
        ],
        albums=["Steel and Satin"],
        peaks=[
            ("Ten Below (and Falling)", 12, "uk_singles"),
            ("Ten Below (and Falling)", 27, "billboard_hot_100"),
        ],
        certs=[("Steel and Satin", "gold", 1, "bpi")],
        places=["Strip District", "Smithfield Street Bridge"],
        stood=[("Strip District", "Detroit")],
    ),
    post(
        "starfall-academy-checklist-f",
        "gutenberg",
        "Collector's checklist: Music from Starfall Academy",
        [
            "Part four of my soundtrack-collecting series. This time it's the 1988"
            " teen space-school flick <em>Starfall Academy</em>, whose soundtrack,"
            " <em>Music from Starfall Academy</em>, is one of the more annoying records"
            " to complete a set of.",
            "H: The songs that matter",
            "Two songs carry the album. “Gravity Girl” is by Pixie Volt, and it was the"
            " bigger hit in Britain, number 9 on the singles chart there. “Countdown to"
            " You” is Jenna Moss's, co-written by Moss with Alan Tiernan; it never"
            " charted anywhere, which has always baffled me.",
            "The LP itself got to number 33 on the Billboard 200. It did better in"
            " Australia than anywhere else, certified gold by ARIA in 1989.",
            "H: Pressings to look for",
            "LIST: US first pressing, Polar Records, silver label | UK pressing with"
            " the poster insert (rarer than people think) | Australian pressing with"
            " the gold sticker | Japanese CD with obi, 1989",
            "The score, by Greg Tallis, came out separately on a tiny label in 1990."
            " That's a whole other hunt.",
            "Happy digging.",
        ],
        video="vimeo:55318842",
        film=("Starfall Academy", 1988),
        tracks=["Gravity Girl", "Countdown to You"],
        people=[
            ("Gravity Girl", "Pixie Volt", "performer"),
            ("Countdown to You", "Jenna Moss", "performer"),
            ("Countdown to You", "Jenna Moss", "composer"),
            ("Countdown to You", "Alan Tiernan", "composer"),
        ],
        albums=["Music from Starfall Academy"],
        peaks=[
            ("Gravity Girl", 9, "uk_singles"),
            ("Music from Starfall Academy", 33, "billboard_200"),
        ],
        certs=[("Music from Starfall Academy", "gold", 1, "aria")],
    ),
    post(
        "northern-reach-scout-f",
        "ghost",
        "Scout's notes: revisiting the locations of Northern Reach",
        [
            "Work took me back to Alberta this spring, so I spent a few days retracing"
            " <em>Northern Reach</em> (1990), a film I admire more for its locations"
            " than for its plot. These are my notes, tidied up a little.",
            "H: Drumheller",
            "The hoodoos outside Drumheller are where the first act happens, and they"
            " doubled for the Montana badlands with very little help from the art"
            " department. A few fence posts, a mailbox, done. I'd use them again"
            " tomorrow.",
            "H: Banff",
            "The Banff Springs Hotel passed for a Swiss sanatorium. The production shot"
            " the exterior at dusk to hide the parking lot, a trick worth stealing. We"
            " stayed in Canmore, which is cheaper and where nothing was filmed.",
            "H: Cold Lake",
            "The airfield finale was shot at Canadian Forces Base Cold Lake, standing in"
            " for a Soviet airfield. Getting permission in 1989 took, I'm told, eight"
            " months. Getting a tour in 2019 took me four phone calls.",
            "H: Music",
            "Most of what you hear is Ingrid Solberg's score, but the end credits use"
            " “Snowblind Heart” by Kestrel, written by their frontman Aidan Moore. It"
            " was a modest hit at home, reaching No. 4 on the RPM chart.",
            "The story is set in Montana and Russia. Not one frame was shot in either.",
        ],
        video="yt:nR90sCoLd4k",
        film=("Northern Reach", 1990),
        tracks=["Snowblind Heart"],
        people=[
            ("Snowblind Heart", "Kestrel", "performer"),
            ("Snowblind Heart", "Aidan Moore", "composer"),
        ],
        peaks=[("Snowblind Heart", 4, "canada_rpm")],
        places=["Drumheller", "Banff Springs Hotel", "Canadian Forces Base Cold Lake"],
        stood=[
            ("Drumheller", "the Montana badlands"),
            ("Banff Springs Hotel", "a Swiss sanatorium"),
            ("Canadian Forces Base Cold Lake", "a Soviet airfield"),
        ],
    ),
    post(
        "summer-of-the-fireflies-mom-f",
        "blogger",
        "Summer of the Fireflies, and the summer I met your father",
        [
            "The kids keep asking why I cry at the end of <em>Summer of the"
            " Fireflies</em>. It came out in 1976, the summer I met Jim at the Dairy"
            " Queen in Kenosha, and we saw it at the drive-in on our third date.",
            "The song is “Firefly Waltz” by The Merriweather Sisters. Paul Dunning"
            " wrote it. It was No. 3 on what Billboard called the Easy Listening chart"
            " in those days, and it got to 24 on the regular Hot 100. Jim swore up and"
            " down that it went gold. I have never seen any proof.",
            "There's another song at the Fourth of July picnic, a peppy one,"
            " “Sparklers,” sung by Donnie Rayburn. I had a terrible crush on Donnie"
            " Rayburn. Don't tell Jim.",
            "The film was made up in Michigan. The dance at the end is in the ballroom"
            " of the Grand Hotel on Mackinac Island, and the ferry scenes are in St."
            " Ignace, which they used for a Maine harbor town. We drove up there for"
            " our tenth anniversary and took the same ferry. Jim got seasick.",
            "The story is set in Maine and the girl is from Boston, and none of that"
            " matters one bit. What matters is that waltz.",
            "Here's the scene. Grab a tissue.",
        ],
        video="yt:Ff1976wAltz",
        film=("Summer of the Fireflies", 1976),
        tracks=["Firefly Waltz", "Sparklers"],
        people=[
            ("Firefly Waltz", "The Merriweather Sisters", "performer"),
            ("Firefly Waltz", "Paul Dunning", "composer"),
            ("Sparklers", "Donnie Rayburn", "performer"),
        ],
        peaks=[
            ("Firefly Waltz", 3, "billboard_adult_contemporary"),
            ("Firefly Waltz", 24, "billboard_hot_100"),
        ],
        places=["Grand Hotel", "St. Ignace"],
        stood=[("St. Ignace", "a Maine harbor town")],
    ),
    post(
        "kingdom-of-static-numbers-f",
        "medium",
        "By the numbers: the Kingdom of Static soundtrack",
        [
            "I like charts. Not the films, necessarily (<em>Kingdom of Static</em>,"
            " from 1987, is a muddle) but the run of its lead single is one of the"
            " cleaner case studies of a late-80s soundtrack hit, so let's go through"
            " it.",
            "H: The single",
            "“Static Bloom” is by Halflight and was written by Mara Kovač. The band are"
            " from Leeds, which will matter in a second. Its peaks, as best I can"
            " reconstruct them:",
            "LIST: US, Billboard Hot 100: #11 | UK Singles Chart: #4 | Australia, Kent"
            " Music Report: #2 | Netherlands: charted, peak unknown",
            "So it was a bigger hit in Britain than in the States, the usual pattern for"
            " a Leeds band. The UK peak came in its sixth week.",
            "H: The album",
            "The soundtrack, <em>Kingdom of Static: Original Motion Picture"
            " Soundtrack</em>, reached number 8 on the Billboard 200 and was certified"
            " 2&#215; Platinum by the RIAA in 1988. Most of those sales were, frankly,"
            " the single. The only other song anyone remembers, “Undertow, Part II” by"
            " The Lantern Set, was never released on 45.",
            "H: What I can't find",
            "I have no reliable German or Canadian data. If you do, my inbox is open.",
        ],
        video="vimeo:90127735",
        film=("Kingdom of Static", 1987),
        tracks=["Static Bloom", "Undertow, Part II"],
        people=[
            ("Static Bloom", "Halflight", "performer"),
            ("Static Bloom", "Mara Kovač", "composer"),
            ("Undertow, Part II", "The Lantern Set", "performer"),
        ],
        albums=["Kingdom of Static: Original Motion Picture Soundtrack"],
        peaks=[
            ("Static Bloom", 11, "billboard_hot_100"),
            ("Static Bloom", 4, "uk_singles"),
            ("Static Bloom", 2, "australia_kent"),
            (
                "Kingdom of Static: Original Motion Picture Soundtrack",
                8,
                "billboard_200",
            ),
        ],
        certs=[
            (
                "Kingdom of Static: Original Motion Picture Soundtrack",
                "platinum",
                2,
                "riaa",
            )
        ],
    ),
    post(
        "crossing-at-midnight-ship-f",
        "squarespace",
        "As seen on screen: Crossing at Midnight",
        [
            "Every week someone at the front desk is asked the same question: “Isn't"
            " this the ship from <em>Crossing at Midnight</em>?” Yes, it is. In the"
            " autumn of 1991 the Queen Mary spent six weeks as a film set, and for the"
            " 1992 film she played the fictional liner SS Corinthia, bound for"
            " Southampton in 1939.",
            "H: Explore the film's ship",
            "Guests can walk the same decks where Eleanor and Jack first meet, and enjoy"
            " a cocktail in the lounge that hosts the film's famous New Year's Eve"
            " scene.",
            "The film's Connecticut scenes were shot on shore, at Rancho Los Alamitos,"
            " whose gardens stood in for the Whitcombe family estate.",
            "H: The song",
            "Who can forget “Moonlight on the Promenade Deck”? Vivian Sloane's"
            " recording, composed by Harold Kessler with lyrics by Irene Mock, climbed"
            " to number 9 on Billboard's Adult Contemporary chart and remains a"
            " favourite at our Saturday dinner dances.",
            "H: Plan your visit",
            "Book our Crossing at Midnight package: one night in a First Class"
            " stateroom, two cocktails and a guided tour. The film's director, Paul"
            " Anselm, stayed in cabin B-340 during the shoot; it can be booked on"
            " request.",
        ],
        video="vimeo:31415926",
        film=("Crossing at Midnight", 1992),
        tracks=["Moonlight on the Promenade Deck"],
        people=[
            ("Moonlight on the Promenade Deck", "Vivian Sloane", "performer"),
            ("Moonlight on the Promenade Deck", "Harold Kessler", "composer"),
            ("Moonlight on the Promenade Deck", "Irene Mock", "composer"),
        ],
        peaks=[("Moonlight on the Promenade Deck", 9, "billboard_adult_contemporary")],
        places=["Queen Mary", "Rancho Los Alamitos"],
        stood=[
            ("Queen Mary", "the fictional liner SS Corinthia"),
            ("Rancho Los Alamitos", "the Whitcombe family estate"),
        ],
    ),
    post(
        "wildfire-season-interview-f",
        "substack",
        "The time Rowan Price wouldn't talk about Wildfire Season",
        [
            "In the spring of 1996 I spent forty minutes in a diner in Eugene with"
            " Rowan Price, and she spent thirty-eight of them refusing to talk about the"
            " song that made her famous.",
            "The song is “Ashes, Ashes (Fall Down),” which Price wrote alone in a cabin"
            " and which the producers of <em>Wildfire Season</em> (1995) bought for"
            " the end credits. It went to No. 15 on the Hot 100. In Canada it topped the"
            " RPM chart; her label had pushed it there hard, and it worked.",
            "It was also the lead single from her second album, <em>Dry"
            " Lightning</em>, which ended up platinum in Canada. She called that"
            " “a Canadian accident.”",
            "Weirdly, she would talk about the locations. The production was based in"
            " Bend, Oregon, where the town scenes were shot, and she watched them film"
            " the fire-line sequence at Smith Rock State Park, which was dressed to"
            " stand in for the Sierra Nevada. “They burned fake trees,” she said. “It"
            " smelled like a tire fire.”",
            "The other song in the film, the barn-dance one, is “Smokejumper” by"
            " Tinder County. Price liked that one more than her own, and said so.",
            "I never did get my quote. Here's the video instead.",
        ],
        video="yt:Ws1995aShes",
        film=("Wildfire Season", 1995),
        tracks=["Ashes, Ashes (Fall Down)", "Smokejumper"],
        people=[
            ("Ashes, Ashes (Fall Down)", "Rowan Price", "composer"),
            ("Ashes, Ashes (Fall Down)", "Rowan Price", "performer"),
            ("Smokejumper", "Tinder County", "performer"),
        ],
        albums=["Dry Lightning"],
        peaks=[
            ("Ashes, Ashes (Fall Down)", 15, "billboard_hot_100"),
            ("Ashes, Ashes (Fall Down)", 1, "canada_rpm"),
        ],
        certs=[("Dry Lightning", "platinum", 1, "music_canada")],
        places=["Bend", "Smith Rock State Park"],
        stood=[("Smith Rock State Park", "the Sierra Nevada")],
    ),
    post(
        "last-arcade-podcast-f",
        "hugo",
        "Episode 47: The Last Arcade (1983), with Dana Whitfield",
        [
            "This week Sam and Priya are joined by arcade historian Dana Whitfield to"
            " talk about <em>The Last Arcade</em>, the 1983 kids-versus-the-mall movie"
            " all three of us rented far too many times.",
            "H: Show notes",
            "LIST: 00:00 Intro and listener mail | 04:12 Why this movie, why now |"
            " 11:30 The locations | 27:45 The song | 41:10 Dana's high-score story |"
            " 52:00 Ratings",
            "H: Locations",
            "The boardwalk arcade scenes were shot at Coney Island, and the big"
            " tournament finale at the Convention Hall in Asbury Park, which was made"
            " over as a Las Vegas casino for the occasion. Priya has been; Sam has"
            " not.",
            "H: The song",
            "<em>Insert Coin (Play Again)</em> is by Pulse Unit, written by the band's"
            " Theo Marsh and Nina Vale. It did okay in America (No. 29, Hot 100) and a"
            " bit better in the UK (No. 17), but West Germany went wild for it: number 3"
            " on the Media Control chart, and a gold record from the BVMI.",
            "The score is by Tom Brandt and no, it is not on streaming. The director,"
            " Kevin Orr, makes commercials now.",
            "Thanks to our patrons. Next week: <em>Ski Lodge Panic</em> (1984).",
        ],
        video="yt:LastArc4de8",
        film=("The Last Arcade", 1983),
        tracks=["Insert Coin (Play Again)"],
        people=[
            ("Insert Coin (Play Again)", "Pulse Unit", "performer"),
            ("Insert Coin (Play Again)", "Theo Marsh", "composer"),
            ("Insert Coin (Play Again)", "Nina Vale", "composer"),
        ],
        peaks=[
            ("Insert Coin (Play Again)", 29, "billboard_hot_100"),
            ("Insert Coin (Play Again)", 17, "uk_singles"),
            ("Insert Coin (Play Again)", 3, "germany_media_control"),
        ],
        certs=[("Insert Coin (Play Again)", "gold", 1, "bvmi")],
        places=["Coney Island", "Convention Hall"],
        stood=[("Convention Hall", "a Las Vegas casino")],
    ),
    post(
        "checkpoint-summer-grenzenlos-f",
        "jekyll",
        "Checkpoint Summer and the summer of Grenzenlos",
        [
            "I grew up in Hanover and moved to Chicago in 1999, so when American"
            " friends ask what music I remember from being a kid, I usually end up"
            " explaining <em>Checkpoint Summer</em>, a 1988 American spy film that"
            " almost nobody here has seen.",
            "The song was “Grenzenlos (Without Borders)” by Annika Vogt. Stefan Lorenz"
            " wrote it for her; he produced her records, too.",
            "In Germany it was number one for seven weeks, and the BVMI certified it"
            " platinum. In Austria it reached number 2 on the Ö3 Austria Top 40."
            " Britain was less interested: number 45, one week, gone.",
            "H: Berlin, playing other places",
            "The film was shot in West Berlin. The opening chase runs through"
            " Kreuzberg, which gets to look like itself. The prisoner exchange is on"
            " the Glienicke Bridge, famous for real exchanges, but in the film it has"
            " to pretend to be a border crossing on the Danube. And Tempelhof Airport"
            " stood in for an American base in Frankfurt, which my father, who served"
            " near there, found very funny.",
            "The story is set mostly in Vienna. None of it was filmed there.",
            "My mother still has the single. The B-side is an instrumental that is not"
            " in the film at all.",
        ],
        video="vimeo:66042018",
        film=("Checkpoint Summer", 1988),
        tracks=["Grenzenlos (Without Borders)"],
        people=[
            ("Grenzenlos (Without Borders)", "Annika Vogt", "performer"),
            ("Grenzenlos (Without Borders)", "Stefan Lorenz", "composer"),
        ],
        peaks=[
            ("Grenzenlos (Without Borders)", 1, "germany_media_control"),
            ("Grenzenlos (Without Borders)", 2, "other:Ö3 Austria Top 40"),
            ("Grenzenlos (Without Borders)", 45, "uk_singles"),
        ],
        certs=[("Grenzenlos (Without Borders)", "platinum", 1, "bvmi")],
        places=["Kreuzberg", "Glienicke Bridge", "Tempelhof Airport"],
        stood=[
            ("Glienicke Bridge", "a border crossing on the Danube"),
            ("Tempelhof Airport", "an American base in Frankfurt"),
        ],
    ),
    post(
        "snapshot-saturday-fansite-f",
        "handmade",
        "DAISY RIVET ~ Snapshot Saturday ~ the film page",
        [
            "Welcome back to the unofficial Daisy Rivet page!! This page is all about"
            " <b>Snapshot Saturday</b> and the film it was in, <i>Polaroid Hearts</i>"
            " (1990). Sign my guestbook!",
            "Snapshot Saturday was written by Colm Brennan (guitar) and Tess Maguire"
            " (vocals) in Colm's flat in Rathmines in about 1988, and it was recorded"
            " for the band's second LP <i>Flashbulb Summer</i>. The film people heard"
            " it and put it over the closing credits.",
            "CHART FACTS: UK No. 6!!! No. 2 on the Irish Singles Chart!!! The LP went to"
            " number 10 on the UK album chart, and the BPI gave the single a silver"
            " disc in 1990.",
            "The video was shot in Temple Bar in Dublin (before it went all touristy)"
            " and out at Howth, on the pier. Tess's hair in the Howth bits is a"
            " national treasure.",
            "The film itself is set in London and I have never seen it all the way"
            " through, sorry. The band are from Cork, in case you were wondering.",
            "LIST: Snapshot Saturday - 3:41 | B-side: Rain on Grafton Street - 4:02 |"
            ' 12" extended mix - 6:15',
        ],
        video="yt:DaisyRiv3t0",
        film=("Polaroid Hearts", 1990),
        tracks=["Snapshot Saturday"],
        people=[
            ("Snapshot Saturday", "Daisy Rivet", "performer"),
            ("Snapshot Saturday", "Colm Brennan", "composer"),
            ("Snapshot Saturday", "Tess Maguire", "composer"),
        ],
        albums=["Flashbulb Summer"],
        peaks=[
            ("Snapshot Saturday", 6, "uk_singles"),
            ("Snapshot Saturday", 2, "other:Irish Singles Chart"),
            ("Flashbulb Summer", 10, "uk_albums"),
        ],
        certs=[("Snapshot Saturday", "silver", 1, "bpi")],
        places=["Temple Bar", "Howth"],
    ),
]
