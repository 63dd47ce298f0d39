"""Round 13, set W: twenty posts by a twenty-fourth writer who never saw the importer's code.

Films, songs, bands, people, albums, labels, charts runs and video ids are invented; the
filming places are real.
"""

from .spec import post

POSTS = [
    post(
        "lantern-at-slea-head-volunteer-log-w",
        "wp_classic",
        "Volunteer log: the whitewash montage in Lantern at Slea Head",
        [
            "Saturday's work party finished the second coat on the gallery rail, so the"
            " tea-break conversation turned, as it always does, to <em>Lantern at Slea"
            " Head</em> (1987). Half of us joined the trust because of that film. The"
            " montage where Orla and her father repaint the tower, cut to <em>Whitewash and"
            " Salt</em>, is the reason I know how to mix limewash.",
            "H: Where it was really shot",
            "Despite the title, not a frame was filmed in Kerry: the story is set on the"
            " Dingle peninsula, but the crew never went near it. The tower you see is South"
            " Stack Lighthouse on Anglesey, dressed up to play the Slea Head light, with the"
            " steps down the cliff doing a lot of the work. The little harbour where Orla"
            " lands the paint is Moelfre, standing in for Dunquin. We drove through Holyhead"
            " on our own trip last spring, and no, nothing in the film comes from the town.",
            "H: The song",
            "<em>Whitewash and Salt</em> is sung by Maura Kenning, who co-wrote it with the"
            " fiddler Ned Arliss. It climbed to number 11 on the Irish Singles Chart in the"
            " autumn of 1987 and, more surprisingly, to 34 in the UK singles chart."
            " Kenning's follow-up, <em>Tide Tables</em>, did better at home, but that one"
            " isn't in the film and I've never warmed to it.",
            "Our own tower, for the record, has 114 steps and a 1.8-metre lens. Thanks as"
            " ever to Gwen Pritchard, who lent us her DVD and knows every word of the song;"
            " she didn't write a line of it, whatever she tells the newcomers.",
        ],
        video="yt:Lh3sQw8Rz0k",
        film=("Lantern at Slea Head", 1987),
        tracks=["Whitewash and Salt"],
        people=[
            ("Whitewash and Salt", "Maura Kenning", "performer"),
            ("Whitewash and Salt", "Maura Kenning", "composer"),
            ("Whitewash and Salt", "Ned Arliss", "composer"),
        ],
        peaks=[
            ("Whitewash and Salt", 11, "other:Irish Singles Chart"),
            ("Whitewash and Salt", 34, "uk_singles"),
        ],
        places=["South Stack Lighthouse", "Moelfre"],
        stood=[
            ("South Stack Lighthouse", "the Slea Head light"),
            ("Moelfre", "Dunquin"),
        ],
    ),
    post(
        "brass-rail-darts-landlord-bar-talk-w",
        "wp_classic",
        "From behind the bar: Brass Rail and the darts montage",
        [
            "Every landlord in the north has an opinion on <em>Brass Rail</em> (1979), and"
            " mine is that the darts montage is the best four minutes British cinema managed"
            " that decade. Our Thursday team still walk up to the oche humming it. The tune"
            " is <em>One Hundred and Eighty</em>, done by Fenwick Road, a pub band out of"
            " Wigan who never got another break. Their singer, Terry Dunmore, wrote it on a"
            " beer mat, or so he told me the one night he drank in here.",
            "The pub in the film is meant to be in Leeds, but it's the Philharmonic Dining"
            " Rooms in Liverpool, playing a Leeds boozer with the mosaics covered over; pause"
            " it and you can spot the marble in the gents. The final was filmed at the"
            " Lakeside Country Club in Frimley Green, years before the telly made the place"
            " famous. I went down to Lakeside for the 1986 final myself, and no, that doesn't"
            " make me an expert.",
            "The single got to number 9 in the UK singles chart in the spring of '79, and the"
            " BPI gave the soundtrack LP a silver disc that summer, not bad for a record with"
            " a dartboard on the sleeve. Fenwick Road's next one, <em>Last Bus to"
            " Pemberton</em>, reached 22 and isn't in the film at all, though the jukebox in"
            " our back room plays it more. Scores, since you ask: we lost 7&#8211;2 to the"
            " Crown on Tuesday. Pints are &#163;3.10 till nine.",
        ],
        video="vimeo:73820145",
        film=("Brass Rail", 1979),
        tracks=["One Hundred and Eighty"],
        people=[
            ("One Hundred and Eighty", "Fenwick Road", "performer"),
            ("One Hundred and Eighty", "Terry Dunmore", "composer"),
        ],
        albums=["Brass Rail soundtrack"],
        peaks=[("One Hundred and Eighty", 9, "uk_singles")],
        certs=[("Brass Rail soundtrack", "silver", 1, "bpi")],
        places=["Philharmonic Dining Rooms", "Lakeside Country Club"],
        stood=[("Philharmonic Dining Rooms", "a Leeds boozer")],
    ),
    post(
        "sprung-floor-dance-teacher-class-notes-w",
        "gutenberg",
        "Five, six, seven, eight: teaching the Sprung Floor montage",
        [
            "Every September a new class asks me to teach them &#8216;the bit from"
            " <em>Sprung Floor</em>&#8217;, and every September I say the same thing: that"
            " montage is forty seconds of real dancing cut around three minutes of sweat,"
            " and the sweat is the point. The 1984 film follows a scholarship girl through"
            " one winter at a Chicago academy, and the rehearsal sequence is set to"
            " <em>Count It In (Five, Six, Seven, Eight)</em>.",
            "H: Who made the music",
            "Delphine Sayre sings it, with that breathy catch on the second chorus my"
            " students love to copy. The song was written by Carl Abernathy and Ros Tilling,"
            " a husband-and-wife team who also did the score. It went to No. 6 on the"
            " Billboard Hot 100 and spent three weeks at No. 2 on Billboard's Adult"
            " Contemporary chart, and the soundtrack album, <em>Sprung Floor: Music from the"
            " Motion Picture</em>, was eventually certified 4&#215; platinum by the RIAA.",
            "H: Where they danced",
            "The academy isn't in Chicago at all. Toronto's St. Lawrence Hall doubles for the"
            " Chicago academy, ballroom and all, and the recital at the end was filmed on the"
            " stage of the Royal Alexandra Theatre. Our leading lady, who was born in"
            " Cleveland, took class in Toronto for the whole shoot, and it shows.",
            "LIST: Counts 1&#8211;4: chass&#233;, chass&#233;, pas de bourr&#233;e, turn"
            " | Counts 5&#8211;8: the fall and the recovery | Repeat on the left, then floor"
            " barre | Nobody gets to do the jump until October",
            "If you only watch one montage this year, make it this one, then come and do it"
            " properly on Tuesdays at six.",
        ],
        video="yt:p7Dk2Rr9vXe",
        film=("Sprung Floor", 1984),
        tracks=["Count It In (Five, Six, Seven, Eight)"],
        people=[
            ("Count It In (Five, Six, Seven, Eight)", "Delphine Sayre", "performer"),
            ("Count It In (Five, Six, Seven, Eight)", "Carl Abernathy", "composer"),
            ("Count It In (Five, Six, Seven, Eight)", "Ros Tilling", "composer"),
        ],
        albums=["Sprung Floor: Music from the Motion Picture"],
        peaks=[
            ("Count It In (Five, Six, Seven, Eight)", 6, "billboard_hot_100"),
            (
                "Count It In (Five, Six, Seven, Eight)",
                2,
                "billboard_adult_contemporary",
            ),
        ],
        certs=[("Sprung Floor: Music from the Motion Picture", "platinum", 4, "riaa")],
        places=["St. Lawrence Hall", "Royal Alexandra Theatre"],
        stood=[("St. Lawrence Hall", "the Chicago academy")],
    ),
    post(
        "cellar-door-harvest-sommelier-tasting-notes-w",
        "gutenberg",
        "Tasting notes on a montage: the harvest in The Cellar Door",
        [
            "Nose: crushed grapes, tractor diesel, a little nostalgia. Palate: four minutes"
            " of harvest montage in <em>The Cellar Door</em> (1991), cut to an instrumental"
            " called <em>Terroir</em>. I have shown it to every apprentice sommelier I've"
            " trained, mostly as a lesson in how films get wine wrong, and partly because it"
            " is lovely.",
            "Étienne Marchal wrote <em>Terroir</em>, and it is played by his own little"
            " group, Ensemble Vendange: cello, accordion and a harmonium that sounds slightly"
            " corked. The score album, <em>The Cellar Door: Original Score</em>, sold"
            " improbably well for a record with almost no singing on it. It peaked at number"
            " 8 on the German Media Control albums chart and was certified gold by the SNEP"
            " in France.",
            "H: The vineyards",
            "The film swears it is in the Côte de Beaune, and I have stood in the real Côte"
            " de Beaune with a glass in my hand: this isn't it. The rows are at Boschendal,"
            " outside Stellenbosch, passing for Burgundy in a South African autumn; the"
            " mountains behind give it away to anyone who has worked a vintage in the Cape."
            " The cellar scenes were shot at Groot Constantia, whose old cellar plays the"
            " cave of Domaine Ferrand.",
            "The credits roll over a song, <em>Grappes du matin</em>, sung by Lise Arnaud;"
            " she wrote the words and Marchal the tune. At the restaurant we pour a"
            " Stellenbosch Chardonnay with it, which is my private joke.",
            "LIST: Pair with a Meursault if you believe the film | A Cape Chardonnay if you"
            " believe your eyes | Anything at all if you are only there for the accordion",
        ],
        video="vimeo:90115273",
        film=("The Cellar Door", 1991),
        tracks=["Terroir", "Grappes du matin"],
        people=[
            ("Terroir", "Étienne Marchal", "composer"),
            ("Terroir", "Ensemble Vendange", "performer"),
            ("Grappes du matin", "Lise Arnaud", "performer"),
            ("Grappes du matin", "Lise Arnaud", "composer"),
            ("Grappes du matin", "Étienne Marchal", "composer"),
        ],
        albums=["The Cellar Door: Original Score"],
        peaks=[("The Cellar Door: Original Score", 8, "germany_media_control")],
        certs=[("The Cellar Door: Original Score", "gold", 1, "snep")],
        places=["Boschendal", "Groot Constantia"],
        stood=[
            ("Boschendal", "Burgundy"),
            ("Groot Constantia", "the cave of Domaine Ferrand"),
        ],
    ),
    post(
        "hot-metal-typesetter-print-night-w",
        "ghost",
        "Setting it in hot metal: a typesetter on the print-night montage",
        [
            "I set type for thirty-one years, the last nine of them at Wapping before the"
            " machines came, so I watch <em>Hot Metal</em> (1978) the way a surgeon watches"
            " hospital dramas. The print-night montage (formes locked, presses rolling,"
            " bundles slung onto vans at dawn) is mostly right, which is more than I can say"
            " for most films.",
            "H: The song, and its ellipsis",
            "The music is <em>Stop the Presses…</em> by a band called the Slugline, and yes,"
            " the ellipsis is part of the title; the sleeve sets it as three full points with"
            " a thin space, which I consider a crime. It was written by their bassist, Dot"
            " Fairweather, with the keyboard player Ivo Prentice. The single reached No. 17"
            " in the UK singles chart and, for reasons nobody has ever explained to me, went"
            " to No. 4 on the Kent Music Report in Australia.",
            "H: The building",
            "The paper in the story is a Manchester evening title, the fictional"
            " <em>Evening Clarion</em>, but the glass-fronted offices are the Daily Express"
            " Building on Fleet Street, standing in for the Clarion's Manchester"
            " headquarters. The composing room was built on a stage at Shepperton Studios. I"
            " went up to Manchester in 1979 hoping to find the building and found Piccadilly"
            " bus station instead.",
            "Point size of the montage's big headline: 72, if you were wondering. Leading:"
            " generous.",
        ],
        video="yt:Tn4Ew1Hq6Bz",
        film=("Hot Metal", 1978),
        tracks=["Stop the Presses…"],
        people=[
            ("Stop the Presses…", "the Slugline", "performer"),
            ("Stop the Presses…", "Dot Fairweather", "composer"),
            ("Stop the Presses…", "Ivo Prentice", "composer"),
        ],
        peaks=[
            ("Stop the Presses…", 17, "uk_singles"),
            ("Stop the Presses…", 4, "australia_kent"),
        ],
        places=["Daily Express Building", "Shepperton Studios"],
        stood=[("Daily Express Building", "the Clarion's Manchester headquarters")],
    ),
    post(
        "amber-station-museum-captions-room-four-w",
        "ghost",
        "Exhibition text: Amber Station, Room 4 captions",
        [
            "These captions accompany Room 4 of <em>Signals from the Baltic</em>, our"
            " exhibition on cinema and broadcasting around the Baltic Sea. The room is"
            " devoted to <em>Amber Station</em> (1993), the Estonian&#8211;Finnish"
            " co-production about the last night of a Soviet radio station, and to its"
            " closing montage.",
            "H: Case 4.1 &#8212; The montage",
            "The film's final eight minutes cut between the station's staff packing up and"
            " the city waking outside, over the song <em>Signal Lost</em>. It is sung by Kaja"
            " Rebane and was composed by Toomas Vaher, who also scored the film. For many"
            " years it was wrongly attributed to the singer Liis Kaarma, a claim Kaarma"
            " herself always denied.",
            "H: Case 4.2 &#8212; Locations",
            "LIST: The transmitter mast seen throughout is the Tallinn TV Tower, which here"
            " plays a Leningrad broadcast mast. | The concert hall in the montage's last shot"
            " is the Linnahall, standing in for a Moscow concert hall. | The microphone in"
            " this case was made in Riga in 1961 and is lent by a private collector.",
            "H: Case 4.3 &#8212; The record",
            "The soundtrack album, <em>Amber Station (Original Soundtrack)</em>, was"
            " certified platinum by IFPI Finland. As a single, <em>Signal Lost</em> reached"
            " number 12 on Germany's Media Control chart. Director Mart Kuusk, born in Tartu,"
            " appears in the montage as the man feeding pigeons.",
        ],
        video="vimeo:31456902",
        film=("Amber Station", 1993),
        tracks=["Signal Lost"],
        people=[
            ("Signal Lost", "Kaja Rebane", "performer"),
            ("Signal Lost", "Toomas Vaher", "composer"),
        ],
        albums=["Amber Station (Original Soundtrack)"],
        peaks=[("Signal Lost", 12, "germany_media_control")],
        certs=[("Amber Station (Original Soundtrack)", "platinum", 1, "ifpi")],
        places=["Tallinn TV Tower", "Linnahall"],
        stood=[
            ("Tallinn TV Tower", "a Leningrad broadcast mast"),
            ("Linnahall", "a Moscow concert hall"),
        ],
    ),
    post(
        "glen-of-echoes-coach-tour-commentary-w",
        "blogger",
        "On your left, Glen of Echoes: my coach commentary, written down at last",
        [
            "Folk keep asking for the patter I do on the Glencoe leg, so here it is, more or"
            " less as I say it into the microphone at the front of coach number 7. If you've"
            " been on my tour you can skip to the song; you'll have heard the rest twice.",
            "H: The glen",
            "On your left, ladies and gentlemen, is where they shot the great walking"
            " montage in <em>Glen of Echoes</em>, the 1981 picture with the shepherd and the"
            " schoolteacher. That's Glencoe itself, playing Glen Ardach, which doesn't exist,"
            " and yes, it's just as wet in the film. The story is set on Skye, but they never"
            " took a camera across the water, whatever the fellow in the gift shop says."
            " Further on, Eilean Donan Castle turns up in the film as the laird's house,"
            " Castle Ardach. We'll be stopping in Fort William for lunch, and nothing was"
            " filmed there except my sandwiches.",
            "H: The song",
            "The tune over the walking bit is <em>Over the Pass</em>, sung by Isla MacRury,"
            " a Barra girl, and written by Hamish Tolland, who played fiddle in the hotel bar"
            " in Ballachulish where I had my first pint. It went to number 3 in the UK, it"
            " was top of the RPM chart in Canada (which is why my Canadian passengers sing"
            " along) and it picked up a gold disc from the BPI. Ben Nevis, by the way, is"
            " 1,345 metres, and no, we're not climbing it.",
        ],
        video="yt:Gx2Jm0Pn5Ys",
        film=("Glen of Echoes", 1981),
        tracks=["Over the Pass"],
        people=[
            ("Over the Pass", "Isla MacRury", "performer"),
            ("Over the Pass", "Hamish Tolland", "composer"),
        ],
        peaks=[
            ("Over the Pass", 3, "uk_singles"),
            ("Over the Pass", 1, "canada_rpm"),
        ],
        certs=[("Over the Pass", "gold", 1, "bpi")],
        places=["Glencoe", "Eilean Donan Castle"],
        stood=[
            ("Glencoe", "Glen Ardach"),
            ("Eilean Donan Castle", "Castle Ardach"),
        ],
    ),
    post(
        "skip-day-class-reunion-newsletter-w",
        "blogger",
        "Class of '86 Newsletter: Skip Day, thirty-odd years on",
        [
            "Dear classmates, as promised at the last planning meeting, the theme for this"
            " year's reunion is <em>Skip Day</em>, the 1986 road-trip movie half of us saw"
            " four times at the Cinema 6 that summer. The committee voted 9 to 2 to show the"
            " montage on the big screen at the Holiday Inn in Tulsa before dinner, so brush"
            " up on your lyrics.",
            "H: The song (for the sing-along)",
            "It's <em>Shotgun Seat</em> by Nightjar Drive, the band Lenny Okafor fronted, and"
            " he wrote it too. It peaked at number 5 on Billboard's Mainstream Rock chart."
            " The album, <em>Skip Day: Songs from the Film</em>, got to number 14 on the"
            " Billboard 200 and eventually went double platinum with the RIAA, which Denise"
            " says proves our taste was better than our parents thought.",
            "H: Where they filmed it",
            "For those who asked: the beach scenes weren't Florida, whatever the script"
            " says. South Padre Island stood in for the Florida Gulf Coast, and the motel is"
            " in Corpus Christi. Gary Halvorsen still swears he was an extra in the diner"
            " scene; Gary, you were in Omaha that entire summer.",
            "LIST: RSVP by June 1 | $45 per person, $80 per couple | Bring one photo from"
            " senior year | No, we are not re-enacting the car-wash scene",
            "Thanks to Denise Albright and Mark Tully for the playlist, and to the Elks Lodge"
            " for lending the projector. See you there!",
        ],
        video="yt:Ra8Vk3Lc1Wd",
        film=("Skip Day", 1986),
        tracks=["Shotgun Seat"],
        people=[
            ("Shotgun Seat", "Nightjar Drive", "performer"),
            ("Shotgun Seat", "Lenny Okafor", "composer"),
        ],
        albums=["Skip Day: Songs from the Film"],
        peaks=[
            ("Shotgun Seat", 5, "billboard_mainstream_rock"),
            ("Skip Day: Songs from the Film", 14, "billboard_200"),
        ],
        certs=[("Skip Day: Songs from the Film", "platinum", 2, "riaa")],
        places=["South Padre Island", "Corpus Christi"],
        stood=[("South Padre Island", "the Florida Gulf Coast")],
    ),
    post(
        "aurora-night-shift-session-drummer-memoir-w",
        "medium",
        "I played drums on the Aurora montage, and nobody told me it was for a film",
        [
            "In the spring of 1982 I was doing three sessions a day at Sunset Sound, and one"
            " of them was a ballad for Cissy Vaughan-Hale called <em>Neon on Wet"
            " Tarmac</em>. Nobody mentioned a film. Six months later I sat in a cinema in"
            " Pasadena and heard my own hi-hat under a montage of a nurse driving home at"
            " dawn in <em>Night Shift at the Aurora</em>.",
            "H: The song",
            "Cissy wrote it with Gil Moraes, her guitarist: he had the chords and she had the"
            " words, or the other way round, depending on which of them you asked. Tony Saxe"
            " produced, and mostly asked me to play less. It reached No. 21 on the Hot 100"
            " and topped Billboard's Adult Contemporary chart for two weeks. It's also on her"
            " album <em>Slow Traffic</em>, which went gold in Canada, certified by what was"
            " then the CRIA and is now Music Canada.",
            "H: Where the film was",
            "The film says Seattle, but those wet streets are Vancouver's Gastown, passing"
            " for Pioneer Square, and the hospital is Riverview Hospital in Coquitlam. I know"
            " because my sister lived two blocks from Gastown and watched them hose the"
            " streets down every night of the shoot.",
            "The same week I played on <em>Paper Lanterns</em> for Dee Rowland, which went"
            " to No. 8 and paid for my car. Nobody remembers it. Everybody remembers the"
            " nurse in the rain.",
        ],
        video="vimeo:55290184",
        film=("Night Shift at the Aurora", 1982),
        tracks=["Neon on Wet Tarmac"],
        people=[
            ("Neon on Wet Tarmac", "Cissy Vaughan-Hale", "performer"),
            ("Neon on Wet Tarmac", "Cissy Vaughan-Hale", "composer"),
            ("Neon on Wet Tarmac", "Gil Moraes", "composer"),
        ],
        albums=["Slow Traffic"],
        peaks=[
            ("Neon on Wet Tarmac", 21, "billboard_hot_100"),
            ("Neon on Wet Tarmac", 1, "billboard_adult_contemporary"),
        ],
        certs=[("Slow Traffic", "gold", 1, "music_canada")],
        places=["Gastown", "Riverview Hospital"],
        stood=[("Gastown", "Pioneer Square")],
    ),
    post(
        "flashbulb-montage-club-podcast-transcript-w",
        "medium",
        "Transcript: Montage Club, episode 41 — Flashbulb",
        [
            "<strong>MAYA:</strong> Welcome back to Montage Club, episode 41. This week,"
            " <em>Flashbulb</em>, 1989, the one where the photographer walks the city for a"
            " day with one roll of film left. <strong>DEV:</strong> Thirty-six exposures,"
            " and the montage uses every one.",
            "<strong>MAYA:</strong> Song first. It's <em>Contact Sheet</em> by The Halide"
            " Set, from their album <em>Fixer</em>. Music by Ana Ferreira-Lowe, lyrics by"
            " Jonah Pell. <strong>DEV:</strong> And there's that rumour that her ex, Dale"
            " Sommers, actually wrote it. <strong>MAYA:</strong> Which she denied flat out in"
            " a 1990 interview, so let's not.",
            "<strong>DEV:</strong> Chart-nerd corner. <em>Fixer</em> got to number 7 on the"
            " UK Albums Chart and went gold with the BPI, and the single was number 2 in the"
            " Dutch Top 40. <strong>MAYA:</strong> Number two! In the Netherlands!"
            " <strong>DEV:</strong> They have taste.",
            "<strong>MAYA:</strong> Locations. The city is meant to be Havana."
            " <strong>DEV:</strong> It's Lisbon. It's Alfama, doubling for Havana, and the"
            " final rooftop shot is the Miradouro de Santa Luzia. <strong>MAYA:</strong> I"
            " was in Porto last summer and kept looking for it. <strong>DEV:</strong> Wrong"
            " city, Maya.",
            "<strong>MAYA:</strong> Thanks to our patrons, and to Pete Okonjo for our theme"
            " tune. Next week: skiing montages.",
        ],
        video="yt:Hb5Ny7Tt2Qa",
        film=("Flashbulb", 1989),
        tracks=["Contact Sheet"],
        people=[
            ("Contact Sheet", "The Halide Set", "performer"),
            ("Contact Sheet", "Ana Ferreira-Lowe", "composer"),
            ("Contact Sheet", "Jonah Pell", "composer"),
        ],
        albums=["Fixer"],
        peaks=[
            ("Fixer", 7, "uk_albums"),
            ("Contact Sheet", 2, "other:Dutch Top 40"),
        ],
        certs=[("Fixer", "gold", 1, "bpi")],
        places=["Alfama", "Miradouro de Santa Luzia"],
        stood=[("Alfama", "Havana")],
    ),
    post(
        "spruce-and-maple-luthier-workshop-log-w",
        "squarespace",
        "Workshop log, March: the Spruce and Maple montage, again",
        [
            "Mon 4th. Glued the braces on the Sitka top for the Halvorsen commission. Radio"
            " off, film on: I keep <em>Spruce and Maple</em> (1977) running on the old telly"
            " above the bench, mostly for the ten-minute montage where the old man takes a"
            " guitar from felled tree to finished instrument. His gouge technique is wrong;"
            " his patience is not.",
            "Wed 6th. The music under the montage is <em>Grain Runs True</em>, an"
            " instrumental composed by Halvard Eik and played by the Chilean guitarist"
            " Mercedes Oyarzún. The soundtrack LP never had a proper title (the sleeve just"
            " has the film's name in brown letters), but it went to number 6 on Norway's"
            " VG-lista, which for a record of solo guitar is astonishing.",
            "H: Where",
            "Thu 7th. A customer asked where the workshop was. The harbour outside its window"
            " is Bryggen in Bergen, standing in for a Newfoundland outport, and the felling"
            " scene was shot in the forests above Voss. I trained in Cremona and people assume"
            " the film was made there too. Not a frame.",
            "LIST: Scale length: 650 mm | Top: Sitka spruce, 2.6 mm at the centre | Back and"
            " sides: Norwegian maple, as in the film | Finish: French polish, forty-odd"
            " sessions",
            "Fri 8th. Strung it up. Played <em>Grain Runs True</em>, badly.",
        ],
        video="vimeo:20874613",
        film=("Spruce and Maple", 1977),
        tracks=["Grain Runs True"],
        people=[
            ("Grain Runs True", "Halvard Eik", "composer"),
            ("Grain Runs True", "Mercedes Oyarzún", "performer"),
        ],
        albums=["Spruce and Maple soundtrack"],
        peaks=[("Spruce and Maple soundtrack", 6, "other:VG-lista")],
        places=["Bryggen", "Voss"],
        stood=[("Bryggen", "a Newfoundland outport")],
    ),
    post(
        "monsoon-relay-festival-programme-note-w",
        "squarespace",
        "Programme note: Monsoon Relay (1990), restored",
        [
            "Saturday 14:30 &#183; Screen 2 &#183; 112 min &#183; PG. Thirty years on,"
            " <em>Monsoon Relay</em> returns in a 4K restoration, and with it the training"
            " montage that launched a thousand morning runs. Three relay runners, one coach,"
            " one season of rain: Anand Bhatt's film is a sports picture in the old style,"
            " and proud of it.",
            "H: The music",
            "The montage is scored to <em>Run to the Rain</em>, sung by Priya Varadan, with"
            " music and lyrics by Keshav Rao and Amrit Sandhu. The soundtrack album,"
            " <em>Monsoon Relay (Original Motion Picture Soundtrack)</em>, reached number 19"
            " on the UK Albums Chart and was certified platinum by the BPI; the single itself"
            " stalled at 41 on the UK Singles Chart.",
            "H: The locations",
            "Shot during the 1989 monsoon along Mumbai's Marine Drive and in the tea estates"
            " of Munnar, which stand in for the hill country of Sri Lanka, where the final"
            " race is set. The production never went to Sri Lanka.",
            "The screening will be followed by a Q&amp;A with cinematographer Ravi Menon,"
            " chaired by festival director Helen Adeyemi. Our thanks to the British Film"
            " Institute and to Salil Khanna, who lent his 35mm print for comparison.",
        ],
        video="yt:Mw2Qe6Uj8Zr",
        film=("Monsoon Relay", 1990),
        tracks=["Run to the Rain"],
        people=[
            ("Run to the Rain", "Priya Varadan", "performer"),
            ("Run to the Rain", "Keshav Rao", "composer"),
            ("Run to the Rain", "Amrit Sandhu", "composer"),
        ],
        albums=["Monsoon Relay (Original Motion Picture Soundtrack)"],
        peaks=[
            ("Monsoon Relay (Original Motion Picture Soundtrack)", 19, "uk_albums"),
            ("Run to the Rain", 41, "uk_singles"),
        ],
        certs=[
            (
                "Monsoon Relay (Original Motion Picture Soundtrack)",
                "platinum",
                1,
                "bpi",
            ),
        ],
        places=["Marine Drive", "Munnar"],
        stood=[("Munnar", "the hill country of Sri Lanka")],
    ),
    post(
        "sergeant-pike-hospital-radio-requests-w",
        "substack",
        "Requests from Ward 4: the Sergeant Pike montage",
        [
            "Good evening, Ward 4, and good evening to anyone reading this instead of"
            " listening. Tonight's most-requested song is, for the third week running, the"
            " one from the physio montage in <em>Cheer Up, Sergeant Pike</em> (1976):"
            " <em>Back on Your Feet Again</em>, by The Dovecotes. Mrs Eileen Harte in bed 12"
            " asked for it, and so did her consultant.",
            "H: A bit about the record",
            "It was written by Ray Munro and Sheila Munro, a married couple who wrote jingles"
            " for a living, and The Dovecotes took it to number 2 in the UK singles chart in"
            " the summer of '76, held off the top by a song I won't name on hospital radio."
            " It also went silver &#8212; a BPI silver disc, for the youngsters on Ward 7. It"
            " isn't on any of their albums, oddly; it only ever came out as a single.",
            "H: Where it was filmed",
            "The convalescent home in the film is supposed to be in Blackpool, but the"
            " promenade scenes were shot on the Grand Pier at Weston-super-Mare, which stands"
            " in for Blackpool's North Pier. I took my Nan to Blackpool in 1981 to find it,"
            " and she has never let me forget that.",
            "Next up, for Mr Dobson on Ward 9, something quieter. Get well soon, all of you.",
        ],
        video="yt:Dc9Fp4Xs1Lm",
        film=("Cheer Up, Sergeant Pike", 1976),
        tracks=["Back on Your Feet Again"],
        people=[
            ("Back on Your Feet Again", "The Dovecotes", "performer"),
            ("Back on Your Feet Again", "Ray Munro", "composer"),
            ("Back on Your Feet Again", "Sheila Munro", "composer"),
        ],
        peaks=[("Back on Your Feet Again", 2, "uk_singles")],
        certs=[("Back on Your Feet Again", "silver", 1, "bpi")],
        places=["Grand Pier"],
        stood=[("Grand Pier", "Blackpool's North Pier")],
    ),
    post(
        "blue-line-blues-fan-timeline-w",
        "substack",
        "A Blue Line Blues timeline, from script to the 30th anniversary",
        [
            "I've been collecting everything about <em>Blue Line Blues</em> (1988) since I"
            " was eleven, so here, for this newsletter's 2,000th subscriber, is the whole"
            " story in order, with the hockey-practice montage at the centre of it.",
            "LIST: 1986 &#8212; Script written; it is set in Trois-Rivi&#232;res, Quebec. |"
            " Feb 1987 &#8212; Filming begins at Maple Leaf Gardens in Toronto, which plays a"
            " Quebec junior-league rink. | Mar 1987 &#8212; The pond-hockey part of the"
            " montage is shot on the frozen Lake Louise. | Jan 1988 &#8212; <em>Skate the"
            " Line</em> by Glasshouse Ghosts comes out as a single; it was written by"
            " Ray-Anne Leclair and Dominic Fortier. | Mar 1988 &#8212; It hits number 3 on"
            " the RPM chart, and later peaks at 45 on the Billboard Hot 100. | 1990 &#8212;"
            " <em>Blue Line Blues: Music from the Film</em> is certified triple platinum by"
            " the CRIA. | 1994 &#8212; Rumours of a Glasshouse Ghosts reunion for a sequel;"
            " the band denies them. | 2018 &#8212; The 30th anniversary screening, where I"
            " got the drummer's autograph.",
            "The montage is still the best ninety seconds in Canadian sports cinema. Fight me"
            " in the comments.",
        ],
        video="yt:Bq6Lr0Ze3Hx",
        film=("Blue Line Blues", 1988),
        tracks=["Skate the Line"],
        people=[
            ("Skate the Line", "Glasshouse Ghosts", "performer"),
            ("Skate the Line", "Ray-Anne Leclair", "composer"),
            ("Skate the Line", "Dominic Fortier", "composer"),
        ],
        albums=["Blue Line Blues: Music from the Film"],
        peaks=[
            ("Skate the Line", 3, "canada_rpm"),
            ("Skate the Line", 45, "billboard_hot_100"),
        ],
        certs=[("Blue Line Blues: Music from the Film", "platinum", 3, "music_canada")],
        places=["Maple Leaf Gardens", "Lake Louise"],
        stood=[("Maple Leaf Gardens", "a Quebec junior-league rink")],
    ),
    post(
        "southerly-buster-school-media-report-w",
        "hugo",
        "Year 10 Media Studies: How the Montage in Southerly Buster Uses Music",
        [
            "By Chloe T., 10B. For this assignment I chose the surfing montage from"
            " <em>Southerly Buster</em>, a 1992 Australian film about a girl who wants to win"
            " a surf comp. The montage is 2 minutes 40 seconds long and has 31 shots (I"
            " counted them twice).",
            "H: The song",
            "The song is <em>Salt in My Hair</em>. It is performed by Jodie Mereweather, who"
            " wrote it with her brother Cal Mereweather. In my opinion the song works because"
            " the drums come in when she stands up on the board for the first time. It got"
            " to number 4 on the ARIA Singles Chart and number 5 on the New Zealand singles"
            " chart, and it was certified platinum by ARIA, which means it sold 70,000"
            " copies.",
            "H: Locations",
            "The film is set in Sydney, but the beach scenes were actually filmed at"
            " Cottesloe Beach in Perth, which stands in for Bondi. My mum says you can tell"
            " because the sun sets over the water, which doesn't happen in Sydney. We went to"
            " Rottnest Island on our Year 9 camp, which is near there, but it is not in the"
            " film.",
            "H: Conclusion",
            "In conclusion, the montage uses music to show the character's feelings. Thank"
            " you to Mr Costa for helping me find the chart information.",
        ],
        video="vimeo:66731209",
        film=("Southerly Buster", 1992),
        tracks=["Salt in My Hair"],
        people=[
            ("Salt in My Hair", "Jodie Mereweather", "performer"),
            ("Salt in My Hair", "Jodie Mereweather", "composer"),
            ("Salt in My Hair", "Cal Mereweather", "composer"),
        ],
        peaks=[
            ("Salt in My Hair", 4, "other:ARIA Singles Chart"),
            ("Salt in My Hair", 5, "other:New Zealand singles chart"),
        ],
        certs=[("Salt in My Hair", "platinum", 1, "aria")],
        places=["Cottesloe Beach"],
        stood=[("Cottesloe Beach", "Bondi")],
    ),
    post(
        "two-reels-to-midnight-projectionist-booth-w",
        "hugo",
        "From the booth: Two Reels to Midnight and the changeover montage",
        [
            "I ran the projectors at the Regal in Kettering from 1968 until they went"
            " digital, and the film I ran more than any other was <em>Two Reels to"
            " Midnight</em> (1980). Everybody remembers the montage near the end, where the"
            " old projectionist threads up reel after reel through one long night to save"
            " his cinema. I watched it through the booth glass at least three hundred times.",
            "The music is <em>Midnight Matinee</em>, performed by Lorraine Quist &amp; the"
            " Carbon Arcs and written by Perry Ashdown, who I'm told was a cinema organist"
            " before he wrote pop songs. It peaked at No. 30 on the Billboard Hot 100 and No."
            " 9 on Billboard's Adult Contemporary list, and the album, <em>Two Reels to"
            " Midnight &#8212; The Original Soundtrack</em>, was certified gold by the RIAA.",
            "The cinema in the film is meant to be in Cleveland. It was shot at the Orpheum"
            " Theatre in Los Angeles, dressed as a Cleveland picture palace, booth and all,"
            " though the projectors in that booth are wrong for a house of that size. There"
            " was a story going round the trade that they'd borrowed our old Kalee from the"
            " Regal for the shoot. They hadn't; I asked.",
            "Changeovers, for the curious, come every twenty minutes; the cue dots appear"
            " eight seconds and one second before the end of the reel. Those are the only"
            " numbers in this post that matter to me.",
        ],
        video="yt:Jk1Wa7Gs5Po",
        film=("Two Reels to Midnight", 1980),
        tracks=["Midnight Matinee"],
        people=[
            ("Midnight Matinee", "Lorraine Quist & the Carbon Arcs", "performer"),
            ("Midnight Matinee", "Perry Ashdown", "composer"),
        ],
        albums=["Two Reels to Midnight \u2014 The Original Soundtrack"],
        peaks=[
            ("Midnight Matinee", 30, "billboard_hot_100"),
            ("Midnight Matinee", 9, "billboard_adult_contemporary"),
        ],
        certs=[
            ("Two Reels to Midnight \u2014 The Original Soundtrack", "gold", 1, "riaa")
        ],
        places=["Orpheum Theatre"],
        stood=[("Orpheum Theatre", "a Cleveland picture palace")],
    ),
    post(
        "last-sailing-ferry-deckhand-notes-w",
        "jekyll",
        "Deck notes: The Last Sailing and the song from the slipway",
        [
            "Somebody in the crew mess put <em>The Last Sailing</em> (1994) on again last"
            " night, so I'm writing this on the 06:10 out of Ullapool with the song still in"
            " my head. It's the montage where the old ferry makes her final run and the whole"
            " village comes down to the slip, played over <em>Heave Away Home</em> by"
            " Fingal's Lamp. Iain Beaton wrote it; he's from Lewis, he drinks in Stornoway,"
            " and he'll tell you about it if you let him.",
            "The film's island is meant to be in the Faroes, but Tobermory plays the Faroese"
            " village, painted houses and all, and the crossing was shot out in the Sound of"
            " Mull. The single made number 27 in the UK charts in '94, which is about as high"
            " as a song about a ferry can hope to go. I've worked the Minch for nineteen"
            " years and I still stand at the rail for that bit.",
        ],
        video="vimeo:81127745",
        film=("The Last Sailing", 1994),
        tracks=["Heave Away Home"],
        people=[
            ("Heave Away Home", "Fingal's Lamp", "performer"),
            ("Heave Away Home", "Iain Beaton", "composer"),
        ],
        peaks=[("Heave Away Home", 27, "uk_singles")],
        places=["Tobermory", "Sound of Mull"],
        stood=[("Tobermory", "the Faroese village")],
    ),
    post(
        "triangulation-surveyor-field-notes-w",
        "jekyll",
        "Field notes on Triangulation: a surveyor watches the mapping montage",
        [
            "Bearing 047&#176;, distance 3.2 km, elevation 1,140 m: the numbers on the"
            " theodolite in the montage are, I'm pleased to report, plausible."
            " <em>Triangulation</em> (1986) follows a German survey team across the Libyan"
            " desert in 1938, and its mapping montage is the only film sequence I know that"
            " makes triangulation look like what it is: hard, slow and strangely beautiful.",
            "H: Ground truth",
            "None of it was shot in Libya. The desert is Wadi Rum in Jordan, playing the"
            " Libyan desert, and the map-room scenes were filmed in Hamburg's Speicherstadt,"
            " in a warehouse loft that plays a Berlin survey office. I have surveyed in"
            " Jordan, though never in Wadi Rum, and I have never been to Libya.",
            "H: The song",
            "Under the montage: <em>Bearing North-Northeast</em>, sung by Anneliese Voss and"
            " composed by Rudi Kalbfleisch. It went to the top of the West German Media"
            " Control chart, reached number 4 on the &#214;3 Austria Top 40, and earned a"
            " gold record from the BVMI. Voss's later hit <em>Kompass</em> was a number one"
            " too, but it has nothing to do with the film.",
            "LIST: Instrument in the film: a Wild T2 theodolite, right for the period |"
            " Baseline measured with invar tapes, also right | Signal towers: too tall, but"
            " they look wonderful",
        ],
        video="yt:Vs3Kn8Yb2Ue",
        film=("Triangulation", 1986),
        tracks=["Bearing North-Northeast"],
        people=[
            ("Bearing North-Northeast", "Anneliese Voss", "performer"),
            ("Bearing North-Northeast", "Rudi Kalbfleisch", "composer"),
        ],
        peaks=[
            ("Bearing North-Northeast", 1, "germany_media_control"),
            ("Bearing North-Northeast", 4, "other:\u00d63 Austria Top 40"),
        ],
        certs=[("Bearing North-Northeast", "gold", 1, "bvmi")],
        places=["Wadi Rum", "Speicherstadt"],
        stood=[
            ("Wadi Rum", "the Libyan desert"),
            ("Speicherstadt", "a Berlin survey office"),
        ],
    ),
    post(
        "branch-line-model-railway-layout-w",
        "handmade",
        "Branch Line (1975) - my layout of the train montage",
        [
            "Welcome to my railway page. This month I finished the 12-foot OO gauge layout"
            " based on the train montage in <em>Branch Line</em>, the 1975 film about the"
            " little line a village saves from closure. The montage follows the engine up the"
            " valley from dawn to dusk, and I have tried to model every bridge in it at 1:76.",
            "The film is set in the Lake District, but it was made in Wales on a"
            " narrow-gauge line. The station with the water tower is Tan-y-Bwlch, playing the"
            " fictional Keldside Halt, and the slate tips at the top of the valley are at"
            " Blaenau Ffestiniog. We took the grandchildren to the Bluebell Railway at Easter,"
            " which is a lovely line, but it has nothing to do with this film.",
            "The music over the montage is <em>Steam and Cinders</em> by Arthur Crane and his"
            " Orchestra, written by Gwen Lessing, who also wrote for the wireless. It reached"
            " number 19 in the British singles chart in 1975. My wife says the layout has"
            " taken longer than the film did.",
            "LIST: Locomotive: a tank engine repainted in the film's green | Coaches: three,"
            " weathered by hand | Station: scratch-built Keldside Halt | Number on the cab"
            " side: 4472, a joke for the Flying Scotsman fans at the club",
            "Thanks to Dennis at the club for the scenery tips. Photos next month.",
        ],
        video="yt:Wf7Ub4Mc9Ji",
        film=("Branch Line", 1975),
        tracks=["Steam and Cinders"],
        people=[
            ("Steam and Cinders", "Arthur Crane and his Orchestra", "performer"),
            ("Steam and Cinders", "Gwen Lessing", "composer"),
        ],
        peaks=[("Steam and Cinders", 19, "uk_singles")],
        places=["Tan-y-Bwlch", "Blaenau Ffestiniog"],
        stood=[("Tan-y-Bwlch", "Keldside Halt")],
    ),
    post(
        "seven-down-crossword-setter-notes-w",
        "handmade",
        "Seven Down: a setter's notes on the puzzle montage",
        [
            "Solvers of my Saturday puzzle will know I have a weakness for <em>Seven"
            " Down</em> (1995), the film about the crossword setter who hides a confession in"
            " her grid. The montage where she builds the puzzle over a single night, clue by"
            " clue, is set to <em>Across and Down</em> by Pettibone &amp; Rhee, and it is the"
            " only time a film has shown my job accurately: a lot of tea and a lot of"
            " crossing out.",
            "A clue for the faithful: <em>Song about grid directions by duo reaches five"
            " (6,3,4)</em>. The answer is the song, and the five is real: it reached number 5"
            " in the UK singles chart. Marnie Pettibone and Jae-won Rhee wrote it together,"
            " and the album it comes from, <em>Blank Grid</em>, went gold with the BPI and"
            " platinum in Australia.",
            "The film is set in Cambridge, but the library scenes were shot in Oxford's"
            " Bodleian Library, standing in for a Cambridge college library, and the setter's"
            " flat is on Fournier Street in Spitalfields. There is another song called"
            " <em>Seven Down</em>, by a Leeds band called the Clueless, which got to number 33"
            " the same year; it is not in the film, and I am tired of being sent it.",
            "Answers to last week's puzzle are on the back page. Please don't write in.",
        ],
        video="vimeo:47702318",
        film=("Seven Down", 1995),
        tracks=["Across and Down"],
        people=[
            ("Across and Down", "Pettibone & Rhee", "performer"),
            ("Across and Down", "Marnie Pettibone", "composer"),
            ("Across and Down", "Jae-won Rhee", "composer"),
        ],
        albums=["Blank Grid"],
        peaks=[("Across and Down", 5, "uk_singles")],
        certs=[
            ("Blank Grid", "gold", 1, "bpi"),
            ("Blank Grid", "platinum", 1, "aria"),
        ],
        places=["Bodleian Library", "Fournier Street"],
        stood=[("Bodleian Library", "a Cambridge college library")],
    ),
]
