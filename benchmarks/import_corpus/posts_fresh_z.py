"""Round 14, set Z: twenty posts by a twenty-seventh writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    post(
        "caen-hill-lock-cottage-z",
        "wp_classic",
        "Notes from the lock cottage: the spring a film crew held my pound",
        [
            "Twenty-six years I've worked the Caen Hill Locks, and in all that time only one film"
            " crew has asked me to keep a pound brimmed for them. That was April 1993. The picture"
            " itself didn't reach cinemas until the autumn of 1994, by which time they'd called it"
            " <em>Slack Water</em> and cut most of my gates out.",
            "In the story the narrowboat is working north out of Birmingham, and our sixteen locks"
            " in a straight line were meant to be a lock flight somewhere past Wolverhampton."
            " Nobody in the film ever says which. The girl at the tiller is supposed to come from"
            " Stoke-on-Trent, and the actress did the accent well enough that the Potteries"
            " boaters who came through that summer forgave her.",
            "H: What you hear",
            "The song over the climbing montage (the boat rising lock by lock while the sun goes"
            " over) is <em>Paddle Gear Blues</em>. The Windlass Brothers play it. Words and music"
            " came from Imelda Crosthwaite, who kept a boat at Foxhangers for years before anybody"
            " had heard of her.",
            "It made number twenty-three on the UK Singles Chart. The regulars in the pub reckoned"
            " that was robbery; I reckon twenty-three is more than most of us manage.",
            "People ask me about <em>Towpath Saturday</em> too, since it's the one the Brothers"
            " always finish on. That was the B-side. It isn't in the film, not a bar of it.",
            "The second day they shot down at the wharf in Bradford-on-Avon, which the art"
            " department dressed up with coal sacks and a painted sign as a yard in the Potteries."
            " The sign was still leaning on the wall of the tithe barn in 1997. Then somebody"
            " burnt it.",
            "If you come through, ask to see the logbook. The page for the fourteenth has the"
            " director's signature on it and a ring from his mug.",
        ],
        video="yt:kQ3vLm8TzWa",
        film=("Slack Water", 1994),
        tracks=["Paddle Gear Blues"],
        people=[
            ("Paddle Gear Blues", "The Windlass Brothers", "performer"),
            ("Paddle Gear Blues", "Imelda Crosthwaite", "composer"),
        ],
        peaks=[("Paddle Gear Blues", 23, "uk_singles")],
        places=["Caen Hill Locks", "Bradford-on-Avon"],
        stood=[
            ("Caen Hill Locks", "a lock flight somewhere past Wolverhampton"),
            ("Bradford-on-Avon", "a yard in the Potteries"),
        ],
    ),
    post(
        "piano-bar-deck-nine-z",
        "gutenberg",
        "Deck Nine Piano Bar: the request I get every single night",
        [
            "I have played the piano bar on deck nine for eleven contracts now, and there is one"
            " request that arrives, folded into a cocktail napkin, on every voyage without fail."
            " It comes from the ballroom scene in <em>Starboard Light</em>, the 2003 romance that"
            " half my passengers saw on their honeymoon.",
            "H: The song",
            "The napkin always says <em>Meet Me at the Rail</em>. Corinne Vasquez-Holt sang it, in"
            " that low, smoky register nobody on a cruise ship can actually reach after two"
            " margaritas. Dashiell Amory wrote the melody; the lyric is Pia Lindqvist's, and she"
            " insists in every interview that she wrote it on a ferry, not a liner.",
            "Its chart life was longer than anybody expected:",
            "LIST: number nine on the <em>Billboard</em> Hot 100, its best week coming nearly four"
            " months after the film opened | four weeks on top of the Adult Contemporary chart |"
            " a gold record from the RIAA the following spring",
            "The soundtrack album, <em>Songs from Starboard Light</em>, went platinum in Canada,"
            " which I can believe: the Canadians in my bar know every word of the bridge.",
            "H: The ship",
            "The ballroom is not a set. They filmed aboard the Queen Mary, which has been tied up"
            " at Long Beach since before I was born, and in the picture she plays a modern"
            " Caribbean cruise ship, the <em>Aurora Sun</em>. The deck exteriors, all palms and"
            " turquoise water, are Nassau, standing in for San Crist&#243;bal, an island the"
            " script invents.",
            "I do not play <em>Harbour Moon</em> when people ask for 'the other song from that"
            " film'. It's from a different film, with a different ship, and I will die on that"
            " hill.",
        ],
        video="vimeo:418822093",
        film=("Starboard Light", 2003),
        tracks=["Meet Me at the Rail"],
        people=[
            ("Meet Me at the Rail", "Corinne Vasquez-Holt", "performer"),
            ("Meet Me at the Rail", "Dashiell Amory", "composer"),
            ("Meet Me at the Rail", "Pia Lindqvist", "composer"),
        ],
        albums=["Songs from Starboard Light"],
        peaks=[
            ("Meet Me at the Rail", 9, "billboard_hot_100"),
            ("Meet Me at the Rail", 1, "billboard_adult_contemporary"),
        ],
        certs=[
            ("Meet Me at the Rail", "gold", 1, "riaa"),
            ("Songs from Starboard Light", "platinum", 1, "music_canada"),
        ],
        places=["Queen Mary", "Nassau"],
        stood=[
            ("Queen Mary", "a modern Caribbean cruise ship"),
            ("Nassau", "San Crist\u00f3bal"),
        ],
    ),
    post(
        "seismologist-aftershock-season-z",
        "ghost",
        "A seismologist watches the earthquake montage in Aftershock Season",
        [
            "My colleagues dared me to write this. I study slow-slip events for a living, and the"
            " montage at the centre of <em>Aftershock Season</em> (2016) is the most-shared piece"
            " of earthquake footage in my department's group chat, for all the wrong reasons.",
            "H: What the film gets wrong",
            "The cracks open too fast. Buildings sway in phase. A seismograph needle swings clean"
            " off the paper, which has not been a thing since the drums were retired. Still: I"
            " watched it four times.",
            "H: Where it was shot",
            "The town of Grayridge, where everything happens, does not exist. Its main street is"
            " Hollister, in California, which actually sits on a creeping stretch of the Calaveras"
            " Fault, so the bent kerbs in the wide shots are real and were not put there by the"
            " art department. The city scenes in the last act were filmed on Cuba Street in"
            " Wellington, dressed to pass for San Francisco.",
            "The director grew up in Christchurch and lived through the February 2011 quake there,"
            " which is the only reason I forgive the needle.",
            "H: The song",
            "Over all of it plays <em>Slow Slip</em>. Yes, really. Marisol Quintero-Barnes sings"
            " it; she co-wrote it with Teodor Aalund, who I'm told has a geology degree he never"
            " used. It reached number four in New Zealand and went platinum there. In America it"
            " climbed to thirty-one on the Billboard Hot 100 and stopped, like a fault that has"
            " released its stress.",
            "Magnitude of the montage, by my estimate: a very enthusiastic 6.8.",
        ],
        video="yt:Rw7_pXn2bHe",
        film=("Aftershock Season", 2016),
        tracks=["Slow Slip"],
        people=[
            ("Slow Slip", "Marisol Quintero-Barnes", "performer"),
            ("Slow Slip", "Marisol Quintero-Barnes", "composer"),
            ("Slow Slip", "Teodor Aalund", "composer"),
        ],
        peaks=[
            ("Slow Slip", 4, "other:New Zealand Singles Chart"),
            ("Slow Slip", 31, "billboard_hot_100"),
        ],
        certs=[("Slow Slip", "platinum", 1, "other")],
        places=["Hollister", "Cuba Street"],
        stood=[("Hollister", "Grayridge"), ("Cuba Street", "San Francisco")],
    ),
    post(
        "storytime-paper-kite-z",
        "blogger",
        "Storytime Friday: the children ask about Pip and the Paper Kite",
        [
            "Every half-term I show a film in the community room, and this time the children"
            " voted for <em>Pip and the Paper Kite</em>, which came out in 1999 and which I have"
            " now seen, conservatively, forty times. Afterwards they had questions. I wrote down"
            " the best ones.",
            "<strong>Q: Is the seaside town real?</strong> A: Yes and no. In the book it's a"
            " fishing village in Cornwall. The film crew went to Lyme Regis, in Dorset, instead,"
            " and it plays a fishing village in Cornwall very nicely. The long curved harbour wall"
            " Pip runs along is the famous one.",
            "<strong>Q: Who wrote the book?</strong> A: Hester Gillanders, who was born in Aberdeen"
            " and never once, she told an interviewer, flew a kite.",
            "<strong>Q: What's the song when the kite goes up?</strong> A: That's <em>Kite"
            " String</em>. The words and the tune are by Agnes Pemberton-Reid, and the singers are"
            " the Hollowell Primary School Choir, who were about your age when they recorded it.",
            "<strong>Q: Was it a hit?</strong> A: It got all the way to number two in the UK"
            " singles chart at Christmas, and the BPI gave it a silver disc. The choir's"
            " headteacher still has it on her office wall.",
            "<strong>Q: What about the seagull song?</strong> A: <em>Ten Little Gulls</em> is by"
            " the Pennywhistle Club, and it's on the tape we lend out, but you won't hear it in"
            " the film. It was only ever on the cassette.",
            "Next half-term: something with dinosaurs, by popular and very loud demand.",
        ],
        video="yt:aD0fTgU9sLq",
        film=("Pip and the Paper Kite", 1999),
        tracks=["Kite String"],
        people=[
            ("Kite String", "Agnes Pemberton-Reid", "composer"),
            ("Kite String", "Hollowell Primary School Choir", "performer"),
        ],
        peaks=[("Kite String", 2, "uk_singles")],
        certs=[("Kite String", "silver", 1, "bpi")],
        places=["Lyme Regis"],
        stood=[("Lyme Regis", "a fishing village in Cornwall")],
    ),
    post(
        "fishmonger-cold-tide-z",
        "medium",
        "Behind the Slab: Why My Dad Hummed Cold Tide",
        [
            "Fish come in at four. By six the slab is dressed, and by seven the radio is on. My"
            " father ran this stall for thirty years and, whatever station it was tuned to, he"
            " hummed the same song over the top. <em>Cold Tide</em>.",
            "It's the title song from the film, the 1978 one. There was a remake in 2005 with a"
            " rapper doing something called <em>Salt Road</em> over the trawler scenes; Dad walked"
            " out of it after twenty minutes, and so will I, so that's all I'll say about it.",
            "Shirley Maguire sang it. Ron Abernathy wrote it, and you can tell he'd worked the"
            " boats, because the second verse gets the price of cod right for that winter.",
            "It sat at number seven in the British charts for a fortnight. In Ireland it went to"
            " the top. My mother, who is from Cork, takes credit for that personally.",
            "The montage everyone remembers, the boats going out in the dark with the song over"
            " it, was filmed at Grimsby, on the fish docks. In the film they're supposed to be in"
            " Hull. Nobody from Hull has ever forgiven them, and nobody from Grimsby has ever"
            " stopped mentioning it.",
            "Haddock's up this week, by the way. Blame the weather.",
        ],
        video="vimeo:90233417",
        film=("Cold Tide", 1978),
        tracks=["Cold Tide"],
        people=[
            ("Cold Tide", "Shirley Maguire", "performer"),
            ("Cold Tide", "Ron Abernathy", "composer"),
        ],
        peaks=[
            ("Cold Tide", 7, "uk_singles"),
            ("Cold Tide", 1, "other:Irish Singles Chart"),
        ],
        places=["Grimsby"],
        stood=[("Grimsby", "Hull")],
    ),
    post(
        "four-tiers-first-dance-z",
        "squarespace",
        "From the Bakehouse: Buttercream, the Film, and Four Hundred Sugar Roses",
        [
            "Brides bring me pictures. Since the spring of 2013 roughly one bride in six has"
            " brought me the same picture: the four-tier cake from the montage in <em>Four"
            " Tiers</em>, which opened that March. The one with the cascading roses. The one the"
            " heroine builds overnight while the song plays.",
            "H: The song they also want at the reception",
            "The song is <em>Buttercream</em>. Lola Fairweather sings it, and she wrote it"
            " together with Quentin Adeyemi-Shaw in, apparently, an afternoon. I'd need four days"
            " for the cake.",
            "It did very well. Number twelve on the Billboard Hot 100; number three on Billboard's"
            " adult contemporary list. The RIAA certified it 2&#215; Platinum, and in Australia,"
            " where one of my bakers trained, ARIA made it gold.",
            "H: The park",
            "The couple in the film are Bostonians who move south, and the wedding is supposed to"
            " be in Charleston. The fountain in the last shot, the one Charleston borrows, is in"
            " Forsyth Park, down in Savannah, and I know because I delivered a cake there in 2016"
            " and stood exactly where the camera was.",
            "Four hundred sugar roses, if you're asking. I have made it eleven times.",
        ],
        video="yt:Lm4-ZcY8vNo",
        film=("Four Tiers", 2013),
        tracks=["Buttercream"],
        people=[
            ("Buttercream", "Lola Fairweather", "performer"),
            ("Buttercream", "Lola Fairweather", "composer"),
            ("Buttercream", "Quentin Adeyemi-Shaw", "composer"),
        ],
        peaks=[
            ("Buttercream", 12, "billboard_hot_100"),
            ("Buttercream", 3, "billboard_adult_contemporary"),
        ],
        certs=[
            ("Buttercream", "platinum", 2, "riaa"),
            ("Buttercream", "gold", 1, "aria"),
        ],
        places=["Forsyth Park"],
        stood=[("Forsyth Park", "Charleston")],
    ),
    post(
        "toronto-stand-in-tour-script-z",
        "substack",
        "Script, Stops 4 to 7: the Borrowed Skyline leg",
        [
            "<em>[Guide's working script, summer season. Read at a relaxed pace. Pause for laughs;"
            " there will be fewer than you think.]</em>",
            "STOP 4. Folks, on your right, the Distillery District. Those brick warehouses have"
            " been New York more times than New York has. In <em>Borrowed Skyline</em>, from 1996,"
            " they played the Lower East Side, and the producers trucked in fire escapes to make"
            " it stick.",
            "STOP 5. <em>[Bus turns up Yonge.]</em> Casa Loma is coming up on your left. It is not"
            " in <em>Borrowed Skyline</em>. People will insist it is. It is in a different"
            " picture, the one with the vampire, and we don't have time for that one.",
            "STOP 6. Union Station. The great hall doubled for Chicago's Union Station in the"
            " film's last reel, which is a bit like one sibling playing another. This is where"
            " you'll hear the song, if the driver has it cued: <em>Jaywalker</em>, by The"
            " Streetcar Sirens.",
            "<em>[Play forty-five seconds of the track. Fade under.]</em> Benny Okonkwo-Lane wrote"
            " it, on a streetcar, he says, though he says a lot of things. It topped the RPM"
            " singles chart here in Canada, and got as far as number twenty-eight on the Hot 100"
            " south of the border. The CRIA, which these days goes by Music Canada, certified it"
            " platinum.",
            "STOP 7. The Royal York, where the cast stayed. Nobody filmed anything here. The bar"
            " still serves a cocktail called the Jaywalker. It is nine dollars. Do not order it.",
        ],
        video="yt:hJ2sQe6XwPb",
        film=("Borrowed Skyline", 1996),
        tracks=["Jaywalker"],
        people=[
            ("Jaywalker", "The Streetcar Sirens", "performer"),
            ("Jaywalker", "Benny Okonkwo-Lane", "composer"),
        ],
        peaks=[
            ("Jaywalker", 1, "canada_rpm"),
            ("Jaywalker", 28, "billboard_hot_100"),
        ],
        certs=[("Jaywalker", "platinum", 1, "music_canada")],
        places=["Distillery District", "Union Station"],
        stood=[
            ("Distillery District", "the Lower East Side"),
            ("Union Station", "Chicago's Union Station"),
        ],
    ),
    post(
        "gaffer-sodium-nights-z",
        "hugo",
        "Chapter Eleven: Sodium Nights, and What Orange Light Cost Us",
        [
            "I was thirty-one and a best boy when they made me up to gaffer on <em>Sodium"
            " Nights</em>, which we shot across a wet Glasgow winter in 1988 and which came out"
            " the next year, in 1989, to reviews I never read.",
            "H: The bridge",
            "The director wanted Detroit. What we had was the Kingston Bridge, at two in the"
            " morning, with the council's blessing for four nights only. It played an elevated"
            " freeway over downtown Detroit, and I hung forty sodium-vapour heads on it to get the"
            " colour he wanted, because real Detroit, he said, was orange.",
            "The shipyard scenes went to Port Glasgow, which played a Baltimore dock. I grew up in"
            " Paisley, twenty minutes away, and my mother came down to watch us light it. She"
            " brought soup.",
            "H: The song over the montage",
            "The driving montage, which is the thing people actually remember, runs under"
            " <em>Orange Light Falling</em> by The Vapour Lamps. Greer Mowatt, their singer, wrote"
            " it with Innes Laird, the keyboard player; the story is that they saw our rushes and"
            " wrote it to the picture.",
            "The single got to fourteen in the UK. The soundtrack LP, <em>Sodium Nights: Original"
            " Motion Picture Soundtrack</em>, did better: number five on the albums chart, and a"
            " gold disc from the BPI that the producer hung in his downstairs toilet.",
            "Forty heads. Four nights. One bowl of soup each. I'd do it again.",
        ],
        video="vimeo:276510948",
        film=("Sodium Nights", 1989),
        tracks=["Orange Light Falling"],
        people=[
            ("Orange Light Falling", "The Vapour Lamps", "performer"),
            ("Orange Light Falling", "Greer Mowatt", "composer"),
            ("Orange Light Falling", "Innes Laird", "composer"),
        ],
        albums=["Sodium Nights: Original Motion Picture Soundtrack"],
        peaks=[
            ("Orange Light Falling", 14, "uk_singles"),
            ("Sodium Nights: Original Motion Picture Soundtrack", 5, "uk_albums"),
        ],
        certs=[("Sodium Nights: Original Motion Picture Soundtrack", "gold", 1, "bpi")],
        places=["Kingston Bridge", "Port Glasgow"],
        stood=[
            ("Kingston Bridge", "an elevated freeway over downtown Detroit"),
            ("Port Glasgow", "a Baltimore dock"),
        ],
    ),
    post(
        "arbiter-flagged-clock-z",
        "jekyll",
        "An arbiter's incident report on The Flagged Clock",
        [
            "I have been an international arbiter for nineteen years. When a player's daughter"
            " lent me her copy of <em>The Flagged Clock</em> (1998), I watched the tournament"
            " montage with a scoresheet on my knee and logged the irregularities, as is my habit.",
            "H: Irregularities observed",
            "LIST: 00:41, a player touches a knight and then moves a bishop; no claim is made |"
            " 01:12, both clocks run at once, which is not possible | 01:30, a spectator hums"
            " audibly throughout round five; it is, in fairness, the song | 02:05, the arbiter"
            " (not me) wears a wristwatch and carries a mobile telephone. In 1998. Unusual.",
            "H: The song the spectator hums",
            "The montage is cut to <em>Adjourned</em>, sung by Vesna Kralj. The composer is Hugo"
            " Brandt. It reached number three on the Dutch Top 40 and number eleven on the German"
            " chart, where the industry association also certified it gold. IFPI Switzerland"
            " followed with a gold award of its own.",
            "H: The venue",
            "The story concerns a 1972 championship match in Reykjav&#237;k. The crew never went"
            " to Iceland. The playing hall is the sports hall at Wijk aan Zee, where a famous"
            " tournament is held every January, and it stood in for Reykjav&#237;k's"
            " Laugardalsh&#246;ll. The lighting was, I must record, far better than in any hall"
            " I have worked.",
            "Result: no penalties applied. The film's flag has fallen, however, on accuracy.",
        ],
        video="yt:Tz9kBq1mVrU",
        film=("The Flagged Clock", 1998),
        tracks=["Adjourned"],
        people=[
            ("Adjourned", "Vesna Kralj", "performer"),
            ("Adjourned", "Hugo Brandt", "composer"),
        ],
        peaks=[
            ("Adjourned", 3, "other:Dutch Top 40"),
            ("Adjourned", 11, "germany_media_control"),
        ],
        certs=[
            ("Adjourned", "gold", 1, "bvmi"),
            ("Adjourned", "gold", 1, "ifpi"),
        ],
        places=["Wijk aan Zee"],
        stood=[("Wijk aan Zee", "Reykjav\u00edk's Laugardalsh\u00f6ll")],
    ),
    post(
        "apiary-forum-swarm-weather-z",
        "handmade",
        "Thread: that bee film on the telly last night (Swarm Weather)",
        [
            "<strong>heathercomb</strong> wrote: Anyone else catch <em>Swarm Weather</em> on the"
            " telly last night? The 2005 one, not the old documentary. The swarm montage had me"
            " shouting at the screen: nobody catches a swarm in a cardboard box wearing shorts.",
            "<strong>old_skep_ron</strong> wrote: I did, in 1976. Shorts and all. But the song,"
            " what was the song?",
            "<strong>heathercomb</strong> wrote: <em>Brood &amp; Honey</em>. Ottoline Marsh sings"
            " it. She wrote it with Felix Varga, who I believe keeps bees himself somewhere near"
            " Hereford.",
            "<strong>waggle_dance_wendy</strong> wrote: Wasn't that top ten?",
            "<strong>old_skep_ron</strong> wrote: No. Everybody thinks so. It peaked at forty-one"
            " in the UK singles chart; I've got the book on the shelf. It was the video that was"
            " everywhere, not the record.",
            "<strong>waggle_dance_wendy</strong> wrote: Then I'm thinking of <em>Nectar Flow</em>,"
            " from that nature programme. Never mind. Where did they film the lavender? Looked"
            " like France.",
            "<strong>heathercomb</strong> wrote: It's meant to be Provence, but it's Snowshill, up"
            " in the Cotswolds, at the lavender farm. My cousin drove past during the shoot and"
            " said the bees were mostly computer-made, which explains the shorts.",
            "<strong>old_skep_ron</strong> wrote: Explains nothing. Shorts are a way of life.",
        ],
        video="yt:eP5nWx7GdKc",
        film=("Swarm Weather", 2005),
        tracks=["Brood & Honey"],
        people=[
            ("Brood & Honey", "Ottoline Marsh", "performer"),
            ("Brood & Honey", "Ottoline Marsh", "composer"),
            ("Brood & Honey", "Felix Varga", "composer"),
        ],
        peaks=[("Brood & Honey", 41, "uk_singles")],
        places=["Snowshill"],
        stood=[("Snowshill", "Provence")],
    ),
    post(
        "karaoke-lucky-seven-z",
        "wp_classic",
        "Most-sung duets at my bar this year, and the film behind number one",
        [
            "I keep a tally. Every time somebody puts a song in the machine, the book gets a mark."
            " This year's winner by a distance is a duet from a film that came out in 2001,"
            " <em>Last Call at the Lucky Seven</em>, and I want to talk about why.",
            "H: The tally",
            "LIST: <em>Neon Confession</em>: 212 marks | <em>Lighthouse Heart</em>: 140 marks (not"
            " from any film; people just like the key change) | <em>Two for the Road Home</em>: 96"
            " marks (from the sequel, which I will not discuss)",
            "H: Why Neon Confession",
            "It's a duet that lets a nervous person hide behind a confident one. Rhonda Kestrel"
            " takes the verses; Marcus Bell comes in at the chorus like he's been waiting the"
            " whole song. Jerome Whitcombe wrote it for the film, and it shows: the verses sit low"
            " enough for anyone.",
            "It went to number two on the Billboard Hot 100, kept off the top for three weeks by"
            " something nobody remembers. Double platinum in America, from the RIAA. Platinum in"
            " Australia, too, where it reached number one on the ARIA chart; I know because the"
            " Australian backpackers sing it in the accent.",
            "The montage in the film, the two of them working a bar on Fremont Street, which is"
            " standing in for downtown Reno, runs on a loop on the screen behind my till. In Japan"
            " the film went out as <em>Rakki Sebun de Saigo no Ippai</em>, and my regulars from"
            " Osaka call the song by its first line instead.",
        ],
        video="yt:Yo3uHf8LaSj",
        film=("Last Call at the Lucky Seven", 2001),
        tracks=["Neon Confession"],
        people=[
            ("Neon Confession", "Rhonda Kestrel", "performer"),
            ("Neon Confession", "Marcus Bell", "performer"),
            ("Neon Confession", "Jerome Whitcombe", "composer"),
        ],
        peaks=[
            ("Neon Confession", 2, "billboard_hot_100"),
            ("Neon Confession", 1, "other:ARIA Singles Chart"),
        ],
        certs=[
            ("Neon Confession", "platinum", 2, "riaa"),
            ("Neon Confession", "platinum", 1, "aria"),
        ],
        places=["Fremont Street"],
        stood=[("Fremont Street", "downtown Reno")],
    ),
    post(
        "finding-aid-black-ledger-z",
        "gutenberg",
        "Finding aid: Black Ledger location permits, City Record Office",
        [
            "Reference: FLM/1974/03. Extent: two boxes, one outsize folder. Access: open, except"
            " the music-rights files, closed until 2030 at the depositor's request.",
            "H: Scope and content",
            "Correspondence and permits relating to the filming of <em>Black Ledger</em>, a crime"
            " picture released in 1974, in this city during the autumn of 1973. The production"
            " used St George's Hall, whose courtroom stood in for the Old Bailey, and the Albert"
            " Dock, which played the London docks in the river sequences.",
            "H: Arrangement",
            "LIST: Series 1: permits and police notices for road closures, Sept.&#8211;Nov. 1973 |"
            " Series 2: press cuttings, including the music pages | Series 3: papers of a 1976"
            " television serial filmed at Pier Head, misfiled here and retained for convenience;"
            " not related to the film",
            "H: Note on Series 2",
            "The cuttings follow the film's theme song, <em>Waterfront Hymn</em>, performed by The"
            " Mersey Choristers and composed by Cyril Oduya. One cutting, dated March 1975,"
            " reports that the single had peaked at number eighteen in the British singles chart;"
            " another, undated, shows the choir receiving a silver disc from the BPI.",
            "Related material: the director's shooting script is held at the national film"
            " archive, not here.",
        ],
        video="vimeo:331904772",
        film=("Black Ledger", 1974),
        tracks=["Waterfront Hymn"],
        people=[
            ("Waterfront Hymn", "The Mersey Choristers", "performer"),
            ("Waterfront Hymn", "Cyril Oduya", "composer"),
        ],
        peaks=[("Waterfront Hymn", 18, "uk_singles")],
        certs=[("Waterfront Hymn", "silver", 1, "bpi")],
        places=["St George's Hall", "Albert Dock"],
        stood=[
            ("St George's Hall", "the Old Bailey"),
            ("Albert Dock", "the London docks"),
        ],
    ),
    post(
        "pacer-negative-split-z",
        "ghost",
        "Pacing the 3:30 bus, with Negative Split in my head",
        [
            "I carry the 3:30 balloon at four marathons a year. My job is to run eight-minute"
            " miles, give or take five seconds, for twenty-six point two of them, and not to get"
            " excited. The one thing that gets me excited is the training montage in"
            " <em>Negative Split</em>.",
            "It's a 2014 film about a club runner who is told she's too old, and the montage is"
            " her winter: hills, intervals, dark mornings. The song over it is <em>Mile"
            " Twenty-One</em>.",
            "H: Credits, for the pedants in my running club",
            "Jody Farrant-Oakes sings. She wrote it with Samir Haddadi; Kit Lowe produced, and no,"
            " I don't know what a producer does either. Peak: number six on the UK Singles Chart,"
            " number two in Ireland. Certified platinum by the BPI in 2016, two years after the"
            " film.",
            "H: Where she trains",
            "The hills are Richmond Park, pretending to be Iten, in Kenya, where her coach sends"
            " her in the story. The colour grading is heroic. The finish line is on Tower Bridge,"
            " playing itself.",
            "Split for the montage: three minutes fourteen. Even pacing. I approve.",
        ],
        video="yt:gN6cRt2YpMw",
        film=("Negative Split", 2014),
        tracks=["Mile Twenty-One"],
        people=[
            ("Mile Twenty-One", "Jody Farrant-Oakes", "performer"),
            ("Mile Twenty-One", "Jody Farrant-Oakes", "composer"),
            ("Mile Twenty-One", "Samir Haddadi", "composer"),
        ],
        peaks=[
            ("Mile Twenty-One", 6, "uk_singles"),
            ("Mile Twenty-One", 2, "other:Irish Singles Chart"),
        ],
        certs=[("Mile Twenty-One", "platinum", 1, "bpi")],
        places=["Richmond Park", "Tower Bridge"],
        stood=[("Richmond Park", "Iten")],
    ),
    post(
        "deckhand-crossing-at-dusk-z",
        "blogger",
        "Deckhand's log: they filmed Crossing at Dusk on my boat",
        [
            "Summer of '98 I was nineteen, throwing lines at Horseshoe Bay, and a film crew came"
            " aboard for three crossings. The film came out the year after, in 1999, as"
            " <em>Crossing at Dusk</em>, and if you freeze it at the right moment you can see my"
            " elbow.",
            "The story's set in Washington State, on the Puget Sound ferries. So Horseshoe Bay is"
            " playing a terminal on Puget Sound, and Bowen Island, where we were running to, is"
            " playing Bainbridge Island. Everyone on the car deck knew; nobody cared.",
            "The song on the crossing montage is <em>Car Deck Waltz</em> by Halyard. Ellis"
            " Tremblay wrote it. Halyard came from Nanaimo, just across the water, so it felt like"
            " ours even if the film pretended to be American.",
            "My sister swears it was number one in Canada. It wasn't. It got to five on the RPM"
            " chart, which was still going then. It did go gold in Canada, though, and she can"
            " have that.",
            "I work the big boats to Nanaimo now. Nobody's filmed on them yet.",
        ],
        video="yt:Vb8dKs4QzLe",
        film=("Crossing at Dusk", 1999),
        tracks=["Car Deck Waltz"],
        people=[
            ("Car Deck Waltz", "Halyard", "performer"),
            ("Car Deck Waltz", "Ellis Tremblay", "composer"),
        ],
        peaks=[("Car Deck Waltz", 5, "canada_rpm")],
        certs=[("Car Deck Waltz", "gold", 1, "music_canada")],
        places=["Horseshoe Bay", "Bowen Island"],
        stood=[
            ("Horseshoe Bay", "a terminal on Puget Sound"),
            ("Bowen Island", "Bainbridge Island"),
        ],
    ),
    post(
        "piano-tuner-quarter-tone-z",
        "medium",
        "A Tuner's Ear on A Quarter Tone Flat",
        [
            "I tune pianos for a living, so when a friend told me the whole point of <em>A Quarter"
            " Tone Flat</em> is a piano that nobody can tune, I had to see it. It's from 1983. In"
            " France it was released as <em>Un quart de ton trop bas</em>, which is at least"
            " honest.",
            "H: The montage",
            "Halfway through, the heroine tries tuner after tuner. Seven of them in a montage,"
            " each getting crosser. I recognised every one of them. I have been most of them.",
            "The music is <em>Rue des Marteaux</em>, an instrumental. L&#233;onie Castaing"
            " composed it; Aurelio Bonfanti is the pianist, on an instrument that is, I can"
            " confirm, deliberately out by about forty cents in the treble.",
            "Surprisingly, it charted as a single in West Germany, getting to number eight. The"
            " soundtrack album, which has no fancy title, was certified gold in France by SNEP.",
            "H: Vienna, allegedly",
            "The film is set in Vienna. It was shot in Prague, in Mal&#225; Strana, whose crooked"
            " streets did a perfectly fine Vienna, and the heroine's flat is a real apartment"
            " there. A piano was winched up three floors into it. I would have charged double.",
            "My verdict: A-440, no complaints. The film, I mean. Not the piano.",
        ],
        video="vimeo:154083266",
        film=("A Quarter Tone Flat", 1983),
        tracks=["Rue des Marteaux"],
        people=[
            ("Rue des Marteaux", "L\u00e9onie Castaing", "composer"),
            ("Rue des Marteaux", "Aurelio Bonfanti", "performer"),
        ],
        albums=["A Quarter Tone Flat soundtrack"],
        peaks=[("Rue des Marteaux", 8, "germany_media_control")],
        certs=[("A Quarter Tone Flat soundtrack", "gold", 1, "snep")],
        places=["Mal\u00e1 Strana"],
        stood=[("Mal\u00e1 Strana", "Vienna")],
    ),
    post(
        "union-rep-ninth-shift-z",
        "squarespace",
        "Thirty Years On: What The Ninth Shift Got Right",
        [
            "I was branch secretary through the whole of the strike, March of '84 to March of"
            " '85, and I did not go and see <em>The Ninth Shift</em> when it came out in 1987. Too"
            " soon. I've seen it now, twice, and the lads at the welfare asked me to write"
            " something down for the newsletter, so here it is.",
            "H: The pit",
            "It's meant to be a Yorkshire colliery. It's Big Pit, at Blaenavon, in Wales, which was"
            " already a museum by then. Fair play to them: they got the cage right, the lamp room"
            " right and the tally system right. I was born in Barnsley and I'd never been to"
            " Blaenavon till I went to check.",
            "H: The song",
            "The song over the picket-line montage is <em>Brass Check</em>. Glyn Hargreaves wrote"
            " it, and Morwenna Price-Davies sings it, with a colliery band behind her that the"
            " film never credits, which I'd have raised at a meeting.",
            "It got to nineteen in the UK singles chart, which for a song about a brass tally is"
            " not bad. The album of songs from the film, <em>Songs for the Ninth Shift</em>,"
            " reached twelve on the albums list. Proceeds went to the hardship fund, or so we"
            " were told.",
            "Right on the tally. Wrong on the sandwiches. We never had it that good.",
        ],
        video="yt:Xc1mJw9HtRf",
        film=("The Ninth Shift", 1987),
        tracks=["Brass Check"],
        people=[
            ("Brass Check", "Glyn Hargreaves", "composer"),
            ("Brass Check", "Morwenna Price-Davies", "performer"),
        ],
        albums=["Songs for the Ninth Shift"],
        peaks=[
            ("Brass Check", 19, "uk_singles"),
            ("Songs for the Ninth Shift", 12, "uk_albums"),
        ],
        places=["Big Pit"],
        stood=[("Big Pit", "a Yorkshire colliery")],
    ),
    post(
        "deep-cuts-ep112-parallel-parking-z",
        "substack",
        "Episode 112: Parallel Parking and the Three-Point-Turn Montage",
        [
            "This week Dana and Theo finally do the one you've been emailing about: <em>Parallel"
            " Parking</em>, the 2007 driving-school comedy, and its three-point-turn montage,"
            " which Theo calls 'the best two minutes of reversing ever committed to film'.",
            "H: Timestamps",
            "LIST: 00:00, cold open: Dana fails her own driving test, again | 04:12, the montage,"
            " shot by shot | 18:40, where they filmed: Pittsburgh's Strip District, dressed to be"
            " Cleveland | 27:05, the music | 41:30, listener mail: no, the cover by Tandem Bicycle"
            " is not in the film",
            "H: Music mentioned",
            "LIST: <em>Reverse Gear</em>, The Kerbstones; written by Nadia Ferreira-Locke. Hot 100"
            " peak: No. 44 | <em>Sunday Driver</em>, sung and written by Pauline Oyelaran; number"
            " fifteen, Billboard Adult Contemporary | The soundtrack, <em>Parallel Parking (Music"
            " from the Film)</em>: peaked at 21 on the Billboard 200 and at 2 on Billboard's"
            " Soundtracks chart; RIAA gold",
            "Next week: a film with no cars in it at all. We need the break.",
        ],
        video="yt:uF7qLe3NbZd",
        film=("Parallel Parking", 2007),
        tracks=["Reverse Gear", "Sunday Driver"],
        people=[
            ("Reverse Gear", "The Kerbstones", "performer"),
            ("Reverse Gear", "Nadia Ferreira-Locke", "composer"),
            ("Sunday Driver", "Pauline Oyelaran", "performer"),
            ("Sunday Driver", "Pauline Oyelaran", "composer"),
        ],
        albums=["Parallel Parking (Music from the Film)"],
        peaks=[
            ("Reverse Gear", 44, "billboard_hot_100"),
            ("Sunday Driver", 15, "billboard_adult_contemporary"),
            ("Parallel Parking (Music from the Film)", 21, "billboard_200"),
            ("Parallel Parking (Music from the Film)", 2, "billboard_soundtracks"),
        ],
        certs=[("Parallel Parking (Music from the Film)", "gold", 1, "riaa")],
        places=["Strip District"],
        stood=[("Strip District", "Cleveland")],
    ),
    post(
        "salon-silver-scissors-z",
        "hugo",
        "From the Chair: the Makeover Montage in Silver Scissors",
        [
            "Every stylist I trained with has a film that made them want to do hair. Mine is"
            " <em>Silver Scissors</em>, 1992, and specifically the makeover montage where the shy"
            " one walks in with hair to her waist and walks out with a bob, to a song I still play"
            " on a Saturday.",
            "H: Let's talk about that bob",
            "It's a blunt cut, chin length, no layers, and in real life it would take forty"
            " minutes, not forty seconds. The foils in the background are in backwards. I don't"
            " care. It's perfect.",
            "H: The song",
            "<em>Cut It Short</em>. Dee-Dee Lamarr sings it, and the credits say it was written by"
            " Frankie Osei with Lamarr herself. Chart-wise: seventeen on the Billboard Hot 100,"
            " four in the UK, and it did well down under too, peaking at nine on the ARIA singles"
            " chart.",
            "Silver from the BPI, gold from ARIA. My Australian junior, who is from Perth, says"
            " every salon she ever worked in had the single framed.",
            "H: The street",
            "The salon is supposed to be on a Chicago high street, but the shopfront is on Melrose"
            " Avenue in Los Angeles. I've stood outside it. It's a phone shop now.",
            "Book in for the bob. Bring a photo. Not of the film; of you.",
        ],
        video="yt:Wk5oPa0VsGy",
        film=("Silver Scissors", 1992),
        tracks=["Cut It Short"],
        people=[
            ("Cut It Short", "Dee-Dee Lamarr", "performer"),
            ("Cut It Short", "Frankie Osei", "composer"),
            ("Cut It Short", "Dee-Dee Lamarr", "composer"),
        ],
        peaks=[
            ("Cut It Short", 17, "billboard_hot_100"),
            ("Cut It Short", 4, "uk_singles"),
            ("Cut It Short", 9, "other:ARIA Singles Chart"),
        ],
        certs=[
            ("Cut It Short", "silver", 1, "bpi"),
            ("Cut It Short", "gold", 1, "aria"),
        ],
        places=["Melrose Avenue"],
        stood=[("Melrose Avenue", "a Chicago high street")],
    ),
    post(
        "backyard-comet-summer-z",
        "jekyll",
        "Observing log, off-topic: The Comet Summer",
        [
            "Cloud tonight, so no observing. Instead: a film. <em>The Comet Summer</em> came out"
            " in 1987, but it's set the year before, during Halley's return, and as someone who"
            " stood in a cold field in April 1986 to see that smudge, I have opinions.",
            "H: The observatory",
            "Siding Spring Observatory, in New South Wales, plays an observatory in New Mexico,"
            " and the Warrumbungle National Park around it plays the New Mexico scrub. The southern"
            " sky gives it away: in one shot you can plainly see the Magellanic Clouds, which"
            " nobody in New Mexico has ever seen.",
            "H: The soundtrack",
            "The time-lapse montage of the comet crossing the sky (physically impossible; it moves"
            " far too fast) runs to <em>Coma and Tail</em> by Starling Drive. Wendell Okafor wrote"
            " it. The single went to thirty-three on the Hot 100 and to number seven on"
            " Billboard's rock chart, the mainstream one, and in Australia it reached twelve on"
            " the Kent Music Report.",
            "Next return of Halley's Comet: 2061. I'll be ninety-nine. I intend to be there, with"
            " a better film.",
        ],
        video="vimeo:508117340",
        film=("The Comet Summer", 1987),
        tracks=["Coma and Tail"],
        people=[
            ("Coma and Tail", "Starling Drive", "performer"),
            ("Coma and Tail", "Wendell Okafor", "composer"),
        ],
        peaks=[
            ("Coma and Tail", 33, "billboard_hot_100"),
            ("Coma and Tail", 7, "billboard_mainstream_rock"),
            ("Coma and Tail", 12, "australia_kent"),
        ],
        places=["Siding Spring Observatory", "Warrumbungle National Park"],
        stood=[
            ("Siding Spring Observatory", "an observatory in New Mexico"),
            ("Warrumbungle National Park", "the New Mexico scrub"),
        ],
    ),
    post(
        "stamp-catalogue-penny-black-affair-z",
        "handmade",
        "Spring List, Section F: Cinema on Stamps and Covers",
        [
            "Section F of this season's list is given over to one film, at a customer's request:"
            " <em>The Penny Black Affair</em>, the 1962 caper about a stolen sheet of stamps. All"
            " lots are offered subject to the usual conditions. Prices in pounds.",
            "LIST: F1. Promotional cover, Valletta postmark, 1961, posted from the location shoot."
            " Very fine. &#163;40 | F2. Sheet music, <em>First Day Cover</em>, words and music by"
            " Harold Pinnock and Mae Sorensen; creased at the fold. &#163;12 | F3. The 45 of"
            " <em>First Day Cover</em> by Vic Delacroix, in its picture sleeve. &#163;25 | F4."
            " Souvenir sheet issued in 1987 for the film's twenty-fifth anniversary. Mint."
            " &#163;18",
            "A note for collectors who are also film people: the cover in F1 bears a Valletta"
            " postmark because the film was shot there, with the Maltese capital standing in for"
            " Tangier.",
            "The song did respectably: eleven on the British singles chart and, a few months"
            " later, thirty-nine on the Billboard Hot 100. There was no gold disc; the compiler"
            " asked.",
            "Lot F5, the film's poster for its Italian release as <em>Il colpo del Penny"
            " Black</em>, is withdrawn.",
        ],
        video="vimeo:67204519",
        film=("The Penny Black Affair", 1962),
        tracks=["First Day Cover"],
        people=[
            ("First Day Cover", "Harold Pinnock", "composer"),
            ("First Day Cover", "Mae Sorensen", "composer"),
            ("First Day Cover", "Vic Delacroix", "performer"),
        ],
        peaks=[
            ("First Day Cover", 11, "uk_singles"),
            ("First Day Cover", 39, "billboard_hot_100"),
        ],
        places=["Valletta"],
        stood=[("Valletta", "Tangier")],
    ),
]
