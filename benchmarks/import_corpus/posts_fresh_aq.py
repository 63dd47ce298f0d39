"""Round 23, set AQ: twenty posts by a forty-fourth writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    # 1. Podcast transcript, two hosts (Ohio and Leicester).
    post(
        "reel-talk-episode-long-way-to-tuesday-aq",
        "substack",
        "Reel Talk ep. 212: The Long Way to Tuesday (transcript excerpt)",
        [
            "<em>Subscribers asked for transcripts, so here's a chunk of this week's episode. "
            "I've cut the bit where the cat walked across the mixer. (M.)</em>",
            "MARCY: Okay, we're back. Montage time. The Long Way to Tuesday, 1987, Hal Brenneman "
            "directing, and Dev, you have been humming this since before we hit record.",
            "DEV: I can't help it, can I? Paper Lanterns (Over Ohio). Two sisters, a borrowed "
            "Buick, four minutes of sunsets, and the chorus lands right as the car comes over the "
            "ridge. I was nine. I cried in a Leicester Odeon.",
            "MARCY: Which, fun fact, none of that is Ohio. The story's set in Ohio, the song's got "
            "Ohio in the title, and they shot the whole driving sequence two thousand miles west.",
            "DEV: Criminal. Go on then, where?",
            "MARCY: The diner stop, with the pie case and the waitress who's clearly somebody's "
            "aunt, is Gallup, New Mexico, and Gallup's playing Amarillo, they even hung an Amarillo "
            "banner off the water tower. Then the big swoopy helicopter shot over the canyon, "
            "that's the Royal Gorge Bridge in Colorado. My dad drove us across it in '94 and I made "
            "him stop so I could do the sister's arms-out thing.",
            "DEV: Did you cry?",
            "MARCY: I was fourteen, Dev. Obviously I cried. Do your nerd bit.",
            "DEV: Right. The Marigold Coup. Four-piece out of Akron, which is honestly the only "
            "real Ohio thing about any of this. Tessa Vantongeren, she's their bass player, and Rob "
            "Quaile, the drummer, wrote it over a weekend, because the studio wanted some other "
            "thing (Heartland Freeway, I think it was called) and Brenneman hated it so much he "
            "threatened to walk.",
            "MARCY: And it did numbers.",
            "DEV: It did numbers! Number nine on the Hot 100 that August. Number three on the adult "
            "contemporary chart, which tells you exactly who was buying it: your mum, my mum, every "
            "mum. Over here it got to fourteen, no, hang on, I've copied this down wrong, fourteen's "
            "the Irish chart. In the UK it stalled at twenty-two.",
            "MARCY: I've got a sticky note that just says 'GOLD??' with two question marks.",
            "DEV: You can lose the question marks. The RIAA certified the single gold in the spring "
            "of '88. And the soundtrack record, Music from The Long Way to Tuesday, got as high as "
            "thirty-one on the Billboard 200, which for an album that's basically that one song and "
            "forty minutes of synth is frankly heroic.",
            "MARCY: I like the synth! The montage ends on it! Mile Marker Ninety, the little "
            "instrumental when they pull into the motel, that's Lenore Fasching, who did the whole "
            "score, and I will defend that cue until I die.",
            "DEV: Nobody's attacking it, Marcy.",
            "MARCY: People attack it on Letterboxd. After the break: the ending, and why I'm still "
            "not over the dog.",
        ],
        video="yt:Qm3vT8xLp2A",
        film=("The Long Way to Tuesday", 1987),
        tracks=["Paper Lanterns (Over Ohio)", "Mile Marker Ninety"],
        people=[
            ("Paper Lanterns (Over Ohio)", "Tessa Vantongeren", "composer"),
            ("Paper Lanterns (Over Ohio)", "Rob Quaile", "composer"),
            ("Paper Lanterns (Over Ohio)", "The Marigold Coup", "performer"),
            ("Mile Marker Ninety", "Lenore Fasching", "composer"),
        ],
        albums=["Music from The Long Way to Tuesday"],
        peaks=[
            ("Paper Lanterns (Over Ohio)", 9, "billboard_hot_100"),
            ("Paper Lanterns (Over Ohio)", 3, "billboard_adult_contemporary"),
            ("Paper Lanterns (Over Ohio)", 14, "other:Irish Singles Chart"),
            ("Paper Lanterns (Over Ohio)", 22, "uk_singles"),
            ("Music from The Long Way to Tuesday", 31, "billboard_200"),
        ],
        certs=[("Paper Lanterns (Over Ohio)", "gold", 1, "riaa")],
        places=["Gallup", "Royal Gorge Bridge"],
        stood=[("Gallup", "Amarillo")],
    ),
    # 2. Forum thread, several replies pasted into one post (Australian).
    post(
        "forum-thread-salt-on-the-windshield-locations-aq",
        "wp_classic",
        "Where'd they film the montage in Salt on the Windshield? (old thread, pasted)",
        [
            "<em>Pasting this across from the old Aussie film forum before it goes offline for "
            "good. Usernames kept, typos mostly kept, one flame war removed.</em>",
            "<strong>dusty_reels</strong> wrote: G'day all. Rewatched Salt on the Windshield "
            "(1979) on the weekend and I've got a bee in my bonnet about the montage, the one "
            "where Barry's truck crosses about six different deserts in three minutes. Anyone know "
            "where they actually shot it? The DVD commentary is useless, the director just talks "
            "about his boat.",
            "<strong>mallee_mick</strong> wrote: Broken Hill mostly, mate. The pub where he "
            "changes the tyre and the dog nicks his pie is the Silverton Hotel, out past Broken "
            "Hill. You can still get a beer there and there's a still of the scene above the bar. "
            "My uncle was a grip on it. He's from Wagga, which is neither here nor there.",
            "<strong>kiwi_in_perth</strong> wrote: Not all of it though. The white salt lake bit "
            "everyone screenshots is Lake Gairdner in SA. The DVD case says Lake Eyre but that's "
            "wrong, they never got near Lake Eyre, flood year or something.",
            "<strong>dusty_reels</strong> wrote: Huh. So the dream bit where he thinks he's in "
            "South America...",
            "<strong>kiwi_in_perth</strong> wrote: Yep, same lake. Lake Gairdner's standing in for "
            "the salt flats of Bolivia there. They stuck a llama in the back of the shot and called "
            "it a day lol",
            "<strong>old_ned_fan</strong> wrote: And the choir bit is the underground church at "
            "Coober Pedy. Freezing in there apparently, even in January. Well, not freezing. "
            "Whatever the opposite of forty degrees is when you're underground.",
            "<strong>dusty_reels</strong> wrote: Legends, all of you. Now the song, because the "
            "missus and I have a tenner on it. Bitumen Hymn. I reckon it's by Dingo Fence, she "
            "reckons it's not.",
            "<strong>mallee_mick</strong> wrote: Pay up mate. Bitumen Hymn is Kelpie Motel. Graham "
            "Orwin wrote it (Stubby, everyone called him Stubby, he's the one with the hat on the "
            "back cover). Went to number 6 on the Kent Music Report in early 1980, which round here "
            "was massive.",
            "<strong>kiwi_in_perth</strong> wrote: Number 2 over the ditch! Kept off the top by "
            "some novelty thing about a sheep. It sat at 2 on the New Zealand singles chart for "
            "about a month, my mum had it on cassette.",
            "<strong>old_ned_fan</strong> wrote: Don't forget Roadtrain Waltz, which is also Kelpie "
            "Motel. It's the B-side, comes in under the roadhouse bit for about thirty seconds. "
            "Both are on Dry Country, the LP, which peaked at eleven on Kent if I remember right. I "
            "do remember right. I've got the clipping.",
            "<strong>dusty_reels</strong> wrote: Mods, can we sticky this?",
        ],
        video="vimeo:318224907",
        film=("Salt on the Windshield", 1979),
        tracks=["Bitumen Hymn", "Roadtrain Waltz"],
        people=[
            ("Bitumen Hymn", "Graham Orwin", "composer"),
            ("Bitumen Hymn", "Kelpie Motel", "performer"),
            ("Roadtrain Waltz", "Kelpie Motel", "performer"),
        ],
        albums=["Dry Country"],
        peaks=[
            ("Bitumen Hymn", 6, "australia_kent"),
            ("Bitumen Hymn", 2, "other:New Zealand singles chart"),
            ("Dry Country", 11, "australia_kent"),
        ],
        places=["Broken Hill", "Silverton Hotel", "Lake Gairdner", "Coober Pedy"],
        stood=[("Lake Gairdner", "the salt flats of Bolivia")],
    ),
    # 3. "Ask me anything" with the composer, written up.
    post(
        "ama-composer-northbound-glass-written-up-aq",
        "medium",
        "I scored Northbound Glass and wrote half its songs. AMA (written up)",
        [
            "<em>Last month the composer Ines Kaltenbrunner did an AMA on the film-music forum "
            "about Northbound Glass, the 1996 skating picture. She asked me to tidy it into "
            "something readable. Questions are paraphrased where people were rude; answers are "
            "hers, with her spelling.</em>",
            "<strong>Q: The skating montage. How did that come together?</strong>",
            "Backwards, honestly. Delphine (the director) had cut the whole sequence to a temp "
            "track of a Ukrainian choir, which we were never going to get the rights to, so I had "
            "ten days to replace it. I wrote Cold Hands, Warm Engine in two of them, the melody on "
            "the piano in my mum's flat in Graz, and Ronan Tull did the words over the phone from "
            "Halifax. We were both extremely tired. You can hear it in the second verse.",
            "<strong>Q: Who's the singer? Sounds like a kid.</strong>",
            "Kit Sarrazin, and she was nineteen, so not quite a kid, though she looked about twelve "
            "in the booth with the giant headphones. Kit sings Cold Hands. She also brought her own "
            "song, Wintering, which plays as the camera pulls back from the lake. That one's "
            "entirely hers, words and tune, and she sings it with The Lamplit Choir behind her.",
            "<strong>Q: And the brass bit in the middle? I need it at my funeral.</strong>",
            "Ha. That's Ninety Below. It's the only instrumental in the montage and I wrote it as a "
            "joke about how cold the shoot was, then nobody would let me take it out. The players "
            "are the Halifax Brass Collective, six of them, recorded in a church hall with the "
            "heating off because the boiler clanked.",
            "<strong>Q: Where was it shot? The canal scene looks European.</strong>",
            "It's meant to! The canal skating is the Rideau Canal Skateway in Ottawa, doubling for "
            "the canals of Amsterdam. We put up some Dutch shop signs and hoped nobody looked too "
            "hard at the Parliament buildings. The wide lake shots are Lake Louise, and the "
            "lighthouse at the very end is at Peggy's Cove. The story is set in Manitoba. None of "
            "it was filmed in Manitoba. I was born in Austria, so don't ask me.",
            "<strong>Q: Did the album do anything?</strong>",
            "More than I expected. Northbound Glass (Original Score), which is a lie, because it's "
            "half songs, reached eighteen on the RPM albums chart in Canada, and went gold there "
            "the following winter. I found out from my dentist. He had it framed in his waiting "
            "room. The gold disc, I mean, not the album.",
            "<strong>Q: Was anything cut?</strong>",
            "A song called Thaw Year, which Kit and I both loved and which tested terribly. It's on "
            "a cassette in my drawer. It'll stay there.",
            "<strong>Q: Favourite moment?</strong>",
            "The ten seconds of silence before Wintering comes in. I fought for those.",
        ],
        video="yt:kW7_nB2rTfE",
        film=("Northbound Glass", 1996),
        tracks=["Cold Hands, Warm Engine", "Wintering", "Ninety Below"],
        people=[
            ("Cold Hands, Warm Engine", "Ines Kaltenbrunner", "composer"),
            ("Cold Hands, Warm Engine", "Ronan Tull", "composer"),
            ("Cold Hands, Warm Engine", "Kit Sarrazin", "performer"),
            ("Wintering", "Kit Sarrazin", "composer"),
            ("Wintering", "Kit Sarrazin", "performer"),
            ("Wintering", "The Lamplit Choir", "performer"),
            ("Ninety Below", "Ines Kaltenbrunner", "composer"),
            ("Ninety Below", "Halifax Brass Collective", "performer"),
        ],
        albums=["Northbound Glass (Original Score)"],
        peaks=[("Northbound Glass (Original Score)", 18, "canada_rpm")],
        certs=[("Northbound Glass (Original Score)", "gold", 1, "music_canada")],
        places=["Rideau Canal Skateway", "Lake Louise", "Peggy's Cove"],
        stood=[("Rideau Canal Skateway", "the canals of Amsterdam")],
    ),
    # 4. Group-chat recap (London friends); almost no facts.
    post(
        "group-chat-recap-kiss-the-weather-aq",
        "blogger",
        "Group chat recap: we finally watched Kiss the Weather",
        [
            "Right so for those of you who weren't in the chat on Sunday (Temi, this means you), "
            "here's the recap of Kiss the Weather night, because it went OFF and I'm not scrolling "
            "back through 400 messages again.",
            "The film: Kiss the Weather, 2004, the one with the weather girl who falls for the guy "
            "who runs the failing caff. Set in Leeds, filmed who knows where. Sal reckons "
            "Manchester but Sal reckons everything is Manchester.",
            "Key moments, lightly edited:",
            "LIST: Priya: why is she wearing a bin bag as a raincoat | Jonno: it's a CHOICE priya "
            "| Sal: montage starting everyone shut up | Priya: I am literally typing not talking "
            "| Jonno: the paint roller is doing more acting than him",
            "Then the repainting-the-caff montage happened and the chat basically turned into an "
            "argument about the song. For the record it's Drizzle &amp; Dash. Jonno said it was by "
            "Lowtide Parade and was very confident about it for about three minutes.",
            "Sal then pulled up the actual credits and it turns out the vocal is Mabel Ocansey, "
            "and Lowtide Parade only did the remix that was on the radio all that summer, which is "
            "why Jonno's brain filed it under them. Jonno then claimed he 'meant the remix'. He did "
            "not mean the remix.",
            "Things we agreed on: the bin bag raincoat is iconic; the weather map behind her in "
            "the last scene says SUNNY over the whole of Scotland, which has never once happened; "
            "the dog deserved top billing.",
            "Things we did not agree on: whether the ending is romantic or deranged (deranged, "
            "3-2), whether Temi's excuse was real (no), and whose turn it is to pick next (mine, "
            "I've decided, and it's going to be something with subtitles so you all have to put "
            "your phones down).",
            "Snacks: 7/10. Nobody brought dip. Next time somebody bring dip. I'm not asking again.",
        ],
        video="yt:Z0pHd4-Lc9s",
        film=("Kiss the Weather", 2004),
        tracks=["Drizzle & Dash"],
        people=[("Drizzle & Dash", "Mabel Ocansey", "performer")],
    ),
    # 5. Live-blog of a rewatch with timestamps (English rower).
    post(
        "live-blog-rewatch-sparrow-hill-regatta-aq",
        "gutenberg",
        "Live-blogging my rewatch of Sparrow Hill Regatta, because I have no life",
        [
            "Rules: one jug of Pimm's, no pausing except for the montage, timestamps off the DVD "
            "clock. Sparrow Hill Regatta, released 1983, the rowing film every club in the country "
            "shows its novices in their first week. Let's go.",
            "<strong>00:02:10</strong> Opening titles over a grey river. Already emotional. My old "
            "cox has texted 'are you doing the thing again'. Yes, Harriet, I am doing the thing "
            "again.",
            "<strong>00:09:45</strong> The boathouse. That's Leander Club at Henley, obviously, "
            "with all the pink painted out, because the script says it's a skint comprehensive "
            "school crew and the pink would give the game away.",
            "<strong>00:17:30</strong> Coach Rudd's speech. Nobody in cinema has ever been as "
            "angry about a wet shoe as Coach Rudd.",
            "<strong>00:31:02</strong> HERE IT IS. Training montage. Dawn mist, ergs in a car park, "
            "that one lad being sick in a hedge. Music: Oars in the Morning, the Felicity Dunmore "
            "song. She wrote it herself and sings it herself, just her and a guitar, and it didn't "
            "chart <em>anywhere</em>, which remains the great crime of British pop.",
            "<strong>00:32:15</strong> The stretch where they row past the boathouses with the "
            "terraces behind, that's Putney Embankment, doubling as the Cam in Cambridge. Any "
            "Cambridge person watching will scream, because the real Cam is the width of a bathtub "
            "by comparison.",
            "<strong>00:33:40</strong> Tempo change! Drums! Blue Pennant by The Cutwater kicks in "
            "as they start actually winning things. Ade Kowalczyk wrote it, apparently on a napkin "
            "in a Chiswick pub, which I choose to believe. Number 17 in the singles chart in the "
            "spring of '83, the highest any rowing-related song has ever got, and I will hear no "
            "argument.",
            "<strong>00:34:05</strong> Montage ends with the eight lifting the boat over their "
            "heads in slow motion. I have done this. It does not feel like that. It feels like "
            "your shoulder coming out.",
            "<strong>01:12:20</strong> The final. It's supposed to be Lucerne, and it's actually "
            "Lake Bled in Slovenia (Yugoslavia then), dressed up as Lucerne because it was "
            "cheaper. The little church on the island is a total giveaway.",
            "<strong>01:19:00</strong> They lose by a canvas. Of COURSE they lose by a canvas. "
            "Pimm's finished.",
            "<strong>Post-credits</strong> For the record: the soundtrack LP only made No. 40 on "
            "the UK albums chart, and Blue Pennant picked up a silver disc from the BPI, which my "
            "dad has insisted since 1983 is 'basically gold'. It isn't, Dad.",
        ],
        video="vimeo:90417736",
        film=("Sparrow Hill Regatta", 1983),
        tracks=["Oars in the Morning", "Blue Pennant"],
        people=[
            ("Oars in the Morning", "Felicity Dunmore", "composer"),
            ("Oars in the Morning", "Felicity Dunmore", "performer"),
            ("Blue Pennant", "The Cutwater", "performer"),
            ("Blue Pennant", "Ade Kowalczyk", "composer"),
        ],
        albums=["Sparrow Hill Regatta soundtrack"],
        peaks=[
            ("Blue Pennant", 17, "uk_singles"),
            ("Sparrow Hill Regatta soundtrack", 40, "uk_albums"),
        ],
        certs=[("Blue Pennant", "silver", 1, "bpi")],
        places=["Leander Club", "Putney Embankment", "Lake Bled"],
        stood=[
            ("Putney Embankment", "the Cam in Cambridge"),
            ("Lake Bled", "Lucerne"),
        ],
    ),
    # 6. Social-media thread compiled into a post (numbered); chart-rich.
    post(
        "thread-concrete-valentine-chart-run-aq",
        "ghost",
        "A thread on how the Concrete Valentine song ate 1991 (compiled)",
        [
            "<em>Compiled from my thread because three people asked for it 'somewhere I can "
            "find it again'. Here you go.</em>",
            "1/ OK. Concrete Valentine came out in February 1991 and nobody expected the song from "
            "the montage (the one where Rosie and Dom rebuild the boxing gym with their bare hands, "
            "basically) to take over the entire year. A thread.",
            "2/ The song is Heart in a Headlock. Performed by Darnell Vick &amp; The Overpass. "
            "Written by Darnell Vick and Sherri Lamotte, who was his keyboardist AND his ex-wife by "
            "the time it came out, which explains a lot of the lyrics.",
            "3/ Rock radio got it first. Number one on Billboard's Mainstream Rock chart for five "
            "weeks. FIVE. On the Hot 100 it was slower and topped out at eleven, which people "
            "forget, because it felt like it was everywhere.",
            "4/ It never even cracked the top 40 of the Adult Contemporary chart. Your mums were "
            "not having it. Too much snare.",
            "5/ Then it went abroad. 7 on the RPM chart in Canada. 38 in the UK (the Brits did not "
            "get it). Number five in Germany on Media Control, where apparently it got played at "
            "every football ground that spring. And 9 in Australia on the ARIA chart.",
            "6/ Certs, because I know you want them: the single went platinum in the US with the "
            "RIAA and gold in Germany with the BVMI.",
            "7/ The soundtrack album (no fancy title, it's just the soundtrack) peaked at 14 on the "
            "Billboard 200, was certified 2&#215; platinum by the RIAA, and went platinum in Canada "
            "too.",
            "8/ Location nerds: the montage was shot in Red Hook, which is doing its best Baltimore "
            "impression. The music video, though, was filmed under the Williamsburg Bridge, in one "
            "night, in the rain, which is why Darnell looks like that.",
            "9/ The director hated the song, by the way. Wanted a string piece, lost the fight. "
            "Thirty years on it's the only reason anyone remembers the film. End of thread.",
        ],
        video="yt:Vc8RmQ1xJwY",
        film=("Concrete Valentine", 1991),
        tracks=["Heart in a Headlock"],
        people=[
            ("Heart in a Headlock", "Darnell Vick & The Overpass", "performer"),
            ("Heart in a Headlock", "Darnell Vick", "composer"),
            ("Heart in a Headlock", "Sherri Lamotte", "composer"),
        ],
        albums=["Concrete Valentine soundtrack"],
        peaks=[
            ("Heart in a Headlock", 1, "billboard_mainstream_rock"),
            ("Heart in a Headlock", 11, "billboard_hot_100"),
            ("Heart in a Headlock", 7, "canada_rpm"),
            ("Heart in a Headlock", 38, "uk_singles"),
            ("Heart in a Headlock", 5, "germany_media_control"),
            ("Heart in a Headlock", 9, "other:ARIA Singles Chart"),
            ("Concrete Valentine soundtrack", 14, "billboard_200"),
        ],
        certs=[
            ("Heart in a Headlock", "platinum", 1, "riaa"),
            ("Heart in a Headlock", "gold", 1, "bvmi"),
            ("Concrete Valentine soundtrack", "platinum", 2, "riaa"),
            ("Concrete Valentine soundtrack", "platinum", 1, "music_canada"),
        ],
        places=["Red Hook", "Williamsburg Bridge"],
        stood=[("Red Hook", "Baltimore")],
    ),
    # 7. Photocopied fanzine column (UK punk).
    post(
        "fanzine-column-dogs-of-the-quiet-hour-aq",
        "handmade",
        "From the Back Row: Dogs of the Quiet Hour (Spit and Polish no. 9)",
        [
            "H: FROM THE BACK ROW, by Mags",
            "Right. The photocopier at the library's been fixed so this issue you get a FULL "
            "column, lucky you. This time: DOGS OF THE QUIET HOUR. 1977. Saw it at a squat "
            "screening in Bristol on a bedsheet with the projector propped on a Yellow Pages. Best "
            "night of my life, possibly.",
            "For the two of you who haven't seen it: three kids off a council estate nick a van, "
            "start a band, get chased by a bent copper, the end. The plot doesn't matter. The "
            "MONTAGE matters. Eleven minutes in: the band rehearsing, flyposting, nicking milk off "
            "doorsteps, all cut to Tower Block Lullaby by The Dreadful Manners, and if that doesn't "
            "make you want to put your fist through a bus shelter you're dead inside.",
            "Who wrote it? Vic Spall and Noreen Gatt, guitar and drums, in Noreen's mum's kitchen "
            "in Deptford (says Noreen, in an old Sounds I've got somewhere under the bed). Vic says "
            "it was his kitchen. They don't talk any more.",
            "It was a hit and all, sort of. Number 29 in the charts the week of the Jubilee, which "
            "is perfect, and the BPI gave it a silver disc, which Vic apparently flogged at a car "
            "boot in 1984. The LP from the film, Quiet Hour Noise (horrible cover, brilliant "
            "record), scraped 41 in the album charts and then vanished.",
            "Second half of the montage switches to No Lift Today, which is Noreen's on her own, "
            "and the Manners play it twice as fast as on the record because (quote) 'we were late "
            "for the pub'.",
            "WHERE THEY SHOT IT, for you trainspotters. The estate is the Aylesbury Estate in "
            "Walworth. The bit where they flypost the big concrete tower is Trellick Tower, which "
            "is meant to be a tower block in East Berlin for the dream bit (don't ask). The seaside "
            "bit is Southend Pier, and the gig at the end is the Roundhouse. Nobody paid for any of "
            "it, according to Noreen. Vic says they did. See above re: not talking.",
            "Anyway. Find it. Bloke at the Saturday market has a VHS for a fiver. Tell him Mags "
            "sent you and he'll charge you six.",
        ],
        video="yt:b-4TqLs0GhN",
        film=("Dogs of the Quiet Hour", 1977),
        tracks=["Tower Block Lullaby", "No Lift Today"],
        people=[
            ("Tower Block Lullaby", "The Dreadful Manners", "performer"),
            ("Tower Block Lullaby", "Vic Spall", "composer"),
            ("Tower Block Lullaby", "Noreen Gatt", "composer"),
            ("No Lift Today", "Noreen Gatt", "composer"),
            ("No Lift Today", "The Dreadful Manners", "performer"),
        ],
        albums=["Quiet Hour Noise"],
        peaks=[
            ("Tower Block Lullaby", 29, "uk_singles"),
            ("Quiet Hour Noise", 41, "uk_albums"),
        ],
        certs=[("Tower Block Lullaby", "silver", 1, "bpi")],
        places=["Aylesbury Estate", "Trellick Tower", "Southend Pier", "Roundhouse"],
        stood=[("Trellick Tower", "a tower block in East Berlin")],
    ),
    # 8. A schoolchild's film project (New Zealand).
    post(
        "room-nine-film-project-moon-over-marrowbone-aq",
        "squarespace",
        "My Film Project: Moon Over Marrowbone, by Aroha (Room 9)",
        [
            "My film project is about the film Moon Over Marrowbone. It came out in 2009 which is "
            "before I was born but my Nana has it on DVD and we watch it every Christmas.",
            "H: What it is about",
            "It is about a girl called Lulu who thinks her grandad has gone to live on the moon. He "
            "has not, he has died, but she doesn't know that yet. It is sad but also funny because "
            "of the goat.",
            "H: The montage",
            "A montage is when they show lots of short bits with music over the top so you know "
            "lots of time is going past. In Moon Over Marrowbone the montage is when Lulu builds a "
            "rocket out of a water tank and a bike. It goes for 2 minutes and 40 seconds. I timed "
            "it.",
            "The song in the montage is called Lanterns for Lulu. The singer is Pippa Rewi. Her dad "
            "Tane Rewi wrote it for her, which I think is really nice, my dad has never written me "
            "a song. Mr Harding says that is not relevant to the project but I think it is.",
            "Lanterns for Lulu got to number 3 on the New Zealand singles chart and it went gold in "
            "New Zealand. Gold means lots of people bought it. I asked Mr Harding how many and he "
            "didn't know.",
            "H: Where they filmed it",
            "They filmed the rocket bit at the Moeraki Boulders. The Moeraki Boulders are big round "
            "rocks on the beach and in the film they are pretending to be the Moon. I have been "
            "there on holiday and they do look like the Moon if you squint. The town bits were "
            "filmed in Oamaru. The story is meant to be in a made-up town called Marrowbone.",
            "H: My rating",
            "I give it 9 out of 10. I took one off because of the bit where the goat gets lost "
            "because I didn't like that bit.",
            "LIST: Things I learned: what a montage is | that places can pretend to be other "
            "places | that you need permission to film on a beach | that goats can't act",
        ],
        video="vimeo:552031844",
        film=("Moon Over Marrowbone", 2009),
        tracks=["Lanterns for Lulu"],
        people=[
            ("Lanterns for Lulu", "Pippa Rewi", "performer"),
            ("Lanterns for Lulu", "Tane Rewi", "composer"),
        ],
        peaks=[("Lanterns for Lulu", 3, "other:New Zealand singles chart")],
        certs=[("Lanterns for Lulu", "gold", 1, "other")],
        places=["Moeraki Boulders", "Oamaru"],
        stood=[("Moeraki Boulders", "the Moon")],
    ),
    # 9. A grandmother's memories told to a grandchild (Co. Armagh).
    post(
        "nana-remembers-the-orchard-dance-aq",
        "blogger",
        "Nana on The Orchard Dance (typed at the kitchen table)",
        [
            "<em>I asked Nana to tell me about the film she was in. I typed while she talked. She "
            "knows it's going on the blog and she says to say hello to everyone.</em>",
            "Well, it was The Orchard Dance, and it came out the year your mother was born, so "
            "1968, and I was seventeen and I thought I was a film star. I was not a film star. I "
            "was a girl from Portadown in her sister's good coat.",
            "They filmed the dancing in the orchards at Loughgall, the apple country, you know it, "
            "we drove through it at Easter. A man from the film came round the parish hall asking "
            "for girls who could dance a reel, and your great-granny said over her dead body, and "
            "then she let me go anyway.",
            "Now, the song. Everyone asks me the song. It was Blossom Time Reel, and it was Maeve "
            "Corrigan that sang it. Not me! People think because I was in it that I sang it. I was "
            "in the back row in a headscarf. You can see my elbow.",
            "The tune was written by Tommy Hurley. Old Tommy, he had the music shop in Armagh and "
            "he'd give you a lollipop if you bought strings. He wrote it years before, for a "
            "wedding, and the film people heard it and paid him more than he'd earned in his life. "
            "He bought a Morris Minor with it.",
            "Oh, it was number one here. In Ireland. For weeks. You couldn't go into a chip shop "
            "without hearing it. Your grandad says it was number one in England as well, but it "
            "wasn't, he's always saying that. It got to twelve over there, I remember because "
            "Maeve was raging.",
            "Then the second bit of the dancing, when it gets faster and the lads come in, that was "
            "The Apple Cart, and it was The Clonmore Starlights that played it. A showband, six of "
            "them in matching red jackets, and the trumpet player asked me out and I said no, and "
            "thank God, because then I'd never have met your grandad.",
            "And then they took us all up the coast in a bus for the harbour scenes. Carnlough. "
            "They turned the harbour at Carnlough into a Breton fishing village, France if you "
            "please, and they hung strings of onions round the lads' necks so you'd know it was "
            "France. And Glenariff for the waterfall. I'd never seen a waterfall. I cried, and the "
            "director thought I was acting and he kept it in.",
            "Put the kettle on, love, and I'll tell you about the night we all got locked out of "
            "the hotel.",
        ],
        video="yt:Hn2eXa7kPq0",
        film=("The Orchard Dance", 1968),
        tracks=["Blossom Time Reel", "The Apple Cart"],
        people=[
            ("Blossom Time Reel", "Maeve Corrigan", "performer"),
            ("Blossom Time Reel", "Tommy Hurley", "composer"),
            ("The Apple Cart", "The Clonmore Starlights", "performer"),
        ],
        peaks=[
            ("Blossom Time Reel", 1, "other:Irish Singles Chart"),
            ("Blossom Time Reel", 12, "uk_singles"),
        ],
        places=["Loughgall", "Carnlough", "Glenariff"],
        stood=[("Carnlough", "a Breton fishing village")],
    ),
    # 10. A stand-up comedian's bit about the montage; few facts.
    post(
        "standup-bit-the-montage-pushing-forty-miles-aq",
        "hugo",
        "Bit: 'The Montage' (working draft, as done at the Laugh Shack on Thursday)",
        [
            "<em>Transcribed off my phone recording. Laughs marked where they happened, which was "
            "less often than I'd like.</em>",
            "So I rewatched Pushing Forty Miles. You guys remember this? 1985. The boxing movie "
            "where the boxer is forty, and that's the whole hook. That's the pitch. 'What if "
            "he was... old?' [laugh] Forty! Forty was old in 1985! Today forty is when you start a "
            "podcast.",
            "And it's got the montage. Every movie back then had the montage. The montage is how "
            "the eighties solved every problem. Can't afford a trainer? Montage. Marriage falling "
            "apart? Montage. Nuclear war? Three minutes of Rex Halloran and you're fine. [laugh]",
            "Because that's who's singing, right? Rex Halloran. Iron in the Blood. You know the "
            "one. Dun. Dun-dun. DUN. It's the sound of a man who has never once stretched. [laugh] "
            "That thing went to number two on the Billboard Hot 100. Number two! You know what kept "
            "it off number one? Neither do I. I looked it up this afternoon and I already forgot. "
            "That's how you know Iron in the Blood won.",
            "So the montage. He's running. He's running through the city at dawn, steam coming off "
            "him, past the steel mills, and you're supposed to think, 'Detroit. Grit. America.' "
            "It's Pittsburgh. They shot the whole thing in Pittsburgh, doing its best impression of "
            "Detroit. [laugh] Pittsburgh is the character actor of cities. Give it a mustache, it's "
            "Cleveland. Pittsburgh's got range, man.",
            "And there's the bit where he does the one-armed push-ups, and then the one-FINGER "
            "push-ups, and then, I swear to God, he punches a frozen turkey. Why do you need a "
            "turkey? Where'd the turkey come from? He lives alone! [laugh]",
            "I tried to do my own montage. I'm forty-one. I put on the song, I ran out my front "
            "door, I ran... to the end of my driveway. [laugh] And then I needed a second montage "
            "just to get back. [big laugh]",
            "That's the one they never show you. The recovery montage. Ice packs. Ibuprofen. "
            "Googling 'is this a hernia'. Set it to some soft piano. I'd watch that movie. [laugh] "
            "Anyway, thank you, I'm here all week, or until my knee goes.",
        ],
        video="yt:rT5uWm9_cBd",
        film=("Pushing Forty Miles", 1985),
        tracks=["Iron in the Blood"],
        people=[("Iron in the Blood", "Rex Halloran", "performer")],
        peaks=[("Iron in the Blood", 2, "billboard_hot_100")],
        places=["Pittsburgh"],
        stood=[("Pittsburgh", "Detroit")],
    ),
    # 11. A pub-quiz host's answer sheet with the banter (Wales).
    post(
        "pub-quiz-answers-red-kite-summer-round-aq",
        "jekyll",
        "Quiz night answers, Round 4: Film Music (Red Kite Summer special)",
        [
            "Thanks to all eleven teams who braved the rain on Tuesday. As promised, here are the "
            "answers to Round 4, the one that caused the row. Well done to Quiz Team Aguilera for "
            "winning, and commiserations to The Usual Suspects, who were not, in fact, usual: they "
            "came last.",
            "This round was all about Red Kite Summer, picked because it's twenty years since it "
            "came out (no, hang on, it came out in 1999, so it's more than that, I'm old) and "
            "because half of you were extras in it, apparently.",
            "<strong>Q1.</strong> Which band performs Thermal, the song over the kite-feeding "
            "montage? <em>Answer:</em> The Hollow Hedgerows. Half a point to the table who wrote "
            "'the Hedges'. No points to the table who wrote 'the one with the beards'.",
            "<strong>Q2.</strong> Who wrote it? Two names for the full point. <em>Answer:</em> "
            "Idris Pennant-Jones and Carys Mowbray. Idris drinks in here on a Friday, so be nice to "
            "him, and no, he won't sing it.",
            "<strong>Q3.</strong> What was Thermal's highest position in the UK singles chart? "
            "<em>Answer:</em> 5. Yes, five. Not three. I don't care what your cousin said, Gareth, "
            "it was five. It did get to 23 in Australia on the ARIA chart, if you want something "
            "to be cross about.",
            "<strong>Q4.</strong> The soundtrack album shares its name with a thing kites ride on. "
            "What's it called? <em>Answer:</em> Updraught. With the U-G-H-T, we're in Wales, not "
            "Wisconsin. Number 8 on the UK albums chart, and the BPI gave it a gold disc.",
            "<strong>Q5.</strong> Bonus: what did the BPI certify Thermal itself? <em>Answer:</em> "
            "silver. Everyone said gold. It's the album that's gold. Keep up.",
            "<strong>Q6.</strong> Where was the kite-feeding montage filmed? <em>Answer:</em> "
            "Gigrin Farm, just outside Rhayader. Loads of you put 'a field'. Technically correct, "
            "zero points.",
            "<strong>Q7.</strong> The clifftop scene is meant to be Cornwall. Where is it really? "
            "<em>Answer:</em> Rhossili Down, on Gower. There's a sign about it in the car park "
            "now, I'm told.",
            "<strong>Q8.</strong> Who sings Kestrel Eyes over the end credits? <em>Answer:</em> "
            "Bronwen Hale, who also wrote it. The table who put 'my nan' gets nothing but my "
            "respect for the confidence.",
            "Next week: sport, geography and the picture round Dai keeps promising to laminate. "
            "Doors at seven.",
        ],
        video="vimeo:207735119",
        film=("Red Kite Summer", 1999),
        tracks=["Thermal", "Kestrel Eyes"],
        people=[
            ("Thermal", "The Hollow Hedgerows", "performer"),
            ("Thermal", "Idris Pennant-Jones", "composer"),
            ("Thermal", "Carys Mowbray", "composer"),
            ("Kestrel Eyes", "Bronwen Hale", "performer"),
            ("Kestrel Eyes", "Bronwen Hale", "composer"),
        ],
        albums=["Updraught"],
        peaks=[
            ("Thermal", 5, "uk_singles"),
            ("Thermal", 23, "other:ARIA Singles Chart"),
            ("Updraught", 8, "uk_albums"),
        ],
        certs=[
            ("Updraught", "gold", 1, "bpi"),
            ("Thermal", "silver", 1, "bpi"),
        ],
        places=["Gigrin Farm", "Rhossili Down"],
        stood=[("Rhossili Down", "Cornwall")],
    ),
    # 12. Oral history with several voices (Lisbon).
    post(
        "oral-history-cathedral-of-small-hours-aq",
        "substack",
        "'We shot it all between midnight and six': an oral history of Cathedral of Small Hours",
        [
            "<em>Cathedral of Small Hours opened in 1973, made almost no money and has since become "
            "the film every cinematographer name-checks. Over the last year I talked to five people "
            "who made it. Their words, lightly trimmed.</em>",
            "H: Nights",
            "<strong>Peter Lund, production manager:</strong> The whole conceit was that the story "
            "happens in one night in Lisbon, so we shot nights. Forty-one of them. I have not been "
            "awake at four in the morning voluntarily since.",
            "<strong>Tomás Reis, camera assistant:</strong> The montage, the long one where she "
            "walks home through the city and it's getting light, we did in pieces over two weeks. "
            "The stairs and the washing lines are Alfama, all real; the neighbours leaning out were "
            "real neighbours. Then the iron lift, the Elevador de Santa Justa, we had for one night "
            "only, and the generator failed twice.",
            "<strong>Geraldine Osei, script supervisor:</strong> And the river at the end, with the "
            "fishermen, that's Cais do Sodré. Tomás always forgets that one.",
            "<strong>Tomás Reis:</strong> I forget it because it rained.",
            "H: The castle",
            "<strong>Peter Lund:</strong> There's a dream in the middle where she imagines she's a "
            "princess somewhere cold. We couldn't afford Germany. So Pena Palace, up in Sintra, "
            "stood in for a Bavarian castle. It's yellow and red and looks nothing like Bavaria. We "
            "shot it in fog and nobody noticed.",
            "H: The song",
            "<strong>Luzia Ventosa, singer:</strong> Bernard came to the club where I sang with a "
            "tape recorder and a bottle of wine. He had a melody. I had words I'd written for my "
            "brother who went to Angola. We put them together on the back step and that was "
            "Candeias. I sang it for the film in one take. Bernard says it was three takes. It was "
            "one.",
            "<strong>Bernard Akehurst, composer:</strong> It was three. The tram piece under the "
            "first half of the montage, Last Tram Up, is mine alone. I wrote it on the actual last "
            "tram, going up the hill, on the back of a parking ticket.",
            "<strong>Geraldine Osei:</strong> The LP was called Small Hours, just that, and it was "
            "number one in Portugal for a while. In France it went gold, SNEP gold, Luzia has the "
            "disc in her bathroom...",
            "<strong>Luzia Ventosa:</strong> It's in the hallway now. My grandson moved it.",
            "<strong>Geraldine Osei:</strong> ...and Candeias on its own got to number six on the "
            "French singles chart. The film flopped everywhere. The songs didn't.",
            "<strong>Peter Lund:</strong> Put that on my headstone.",
        ],
        video="yt:Lp0Oy3dSx8K",
        film=("Cathedral of Small Hours", 1973),
        tracks=["Candeias", "Last Tram Up"],
        people=[
            ("Candeias", "Luzia Ventosa", "performer"),
            ("Candeias", "Luzia Ventosa", "composer"),
            ("Candeias", "Bernard Akehurst", "composer"),
            ("Last Tram Up", "Bernard Akehurst", "composer"),
        ],
        albums=["Small Hours"],
        peaks=[
            ("Small Hours", 1, "other:Portuguese albums chart"),
            ("Candeias", 6, "other:French singles chart"),
        ],
        certs=[("Small Hours", "gold", 1, "snep")],
        places=["Alfama", "Elevador de Santa Justa", "Cais do Sodré", "Pena Palace"],
        stood=[("Pena Palace", "a Bavarian castle")],
    ),
    # 13. A letter to the editor and the editor's reply (Yorkshire).
    post(
        "letters-page-hollow-bells-who-sang-it-aq",
        "wp_classic",
        "Letters: Hollow Bells, and who really sang it",
        [
            "H: The letter",
            "Sir, I write in some irritation after your April issue's piece on the bell-ringing "
            "montage in Hollow Bells (1982) described its song as 'sung by an unknown session "
            "vocalist'. Unknown! It was sung by Margery Thwaite, who plays Agnes, and anybody with "
            "ears can hear it is her. I was at school with her sister in Keighley.",
            "Your writer also claims the reservoir scenes were filmed at Ladybower. They were not. "
            "I have walked Ladybower every Sunday for thirty years and I would know. And while I "
            "have my pen out: Peal for a Drowned Town went to number one, not 'into the top five' "
            "as your writer so grudgingly put it.",
            "I trust you will print a correction. <em>D. Ackroyd, Bingley</em>",
            "H: The editor replies",
            "Mr Ackroyd is right about one thing, and we thank him for it: Ladybower it isn't. But "
            "nor, we are afraid, is he right about much else.",
            "Margery Thwaite mimes the song beautifully, but the voice on the soundtrack belongs to "
            "Sheila Cobden, a folk singer from Hebden Bridge who was paid a flat fee and, by her own "
            "account, never got a ticket to the premiere. The song itself was written by Alan "
            "Firbank, the film's music director, in (he told us in 1996) about the time it takes to "
            "boil an egg.",
            "As for number one: the single's best placing on the UK chart was No. 4, in March 1982, "
            "kept off the top by a dance record nobody now admits to buying. It did earn Miss "
            "Cobden a BPI silver disc, which she keeps, we are told, in the downstairs loo. The LP "
            "that followed, Songs of the Drowned Valley, managed a modest No. 33 on the albums "
            "chart.",
            "And the reservoir? The drowned-village shots were made on Thirlmere, which stands in "
            "for the fictional Tarnside; the church where Agnes learns to ring is St Oswald's at "
            "Grasmere. Both are a long way from Bingley, but well worth the drive. <em>Ed.</em>",
        ],
        video="yt:eG6-vZ2NfQa",
        film=("Hollow Bells", 1982),
        tracks=["Peal for a Drowned Town"],
        people=[
            ("Peal for a Drowned Town", "Sheila Cobden", "performer"),
            ("Peal for a Drowned Town", "Alan Firbank", "composer"),
        ],
        albums=["Songs of the Drowned Valley"],
        peaks=[
            ("Peal for a Drowned Town", 4, "uk_singles"),
            ("Songs of the Drowned Valley", 33, "uk_albums"),
        ],
        certs=[("Peal for a Drowned Town", "silver", 1, "bpi")],
        places=["Thirlmere", "St Oswald's"],
        stood=[("Thirlmere", "Tarnside")],
    ),
    # 14. A walking-tour guide's spoken script at the filming places (Malta).
    post(
        "walking-tour-script-ferrymans-daughter-valletta-aq",
        "squarespace",
        "The Ferryman's Daughter walking tour: guide's script, Valletta",
        [
            "<em>[Script for stops 1 to 5. Whole walk about 90 minutes. Remind guests about water "
            "and hats. Do NOT promise the ferry, it's unreliable on Sundays.]</em>",
            "H: Stop 1: Upper Barrakka Gardens",
            "Good morning, everyone, bonġu, and welcome! Can everyone at the back hear me? Wave if "
            "you can't. Ha, that joke never gets old. Right. We're standing where The Ferryman's "
            "Daughter begins. Nineteen ninety-four, directed by a Frenchman who'd never been to "
            "Malta before and never left afterwards; he's buried in Rabat, actually. The opening "
            "crane shot was filmed right here in Upper Barrakka Gardens, looking out over the "
            "water you can see now.",
            "H: Stop 2: the view over Grand Harbour",
            "Now look down. That's Grand Harbour. In the film, this is Marseille. Grand Harbour "
            "played Marseille because, well, it was cheaper and the light is better, and any "
            "Maltese person will tell you it's more beautiful too. The whole montage where Nina "
            "rows her father's ferry back and forth for a year, seasons changing, her getting "
            "stronger, was shot out there on the water.",
            "And the song under that montage, which you'll hear from the speaker in a second if the "
            "batteries hold [PLAY TRACK], is Lantern on the Water. Sung by Carmen Zammit-Roe, a "
            "girl from Sliema who was twenty-two at the time, and written by the film's composer, "
            "Giulio Ferrante, an Italian. It went to number seven in the Italian charts, and it was "
            "played at about half the weddings on this island in 1995. Including my cousin's.",
            "H: Stop 3: Fort St Elmo",
            "Mind the step here. This is Fort St Elmo. When the father is arrested, he's taken to "
            "a prison in Algiers, and this is your prison in Algiers. They dressed the walls with "
            "Arabic signs that, I am told by people who read Arabic, say 'bakery'. Enjoy that.",
            "H: Stop 4: Strait Street",
            "This narrow one is Strait Street, the old sailors' street. In the film it doubles as "
            "a back alley in Naples, where Nina goes looking for her brother. The instrumental "
            "here, Siesta at the Quay, Ferrante again, all mandolins, plays while she's knocking on "
            "doors. It's not part of the montage but people always ask.",
            "H: Stop 5: Marsaxlokk (by minibus)",
            "[Check the minibus is booked!] Our last filming spot is down in Marsaxlokk, the "
            "fishing village with the painted boats, the luzzu, with the eyes on the front. "
            "In the final scene Marsaxlokk becomes a Sicilian fishing port. The story never "
            "actually comes to Malta at all, which is very Maltese when you think about it.",
            "Any questions? No? Then we finish at the café. Tell them you're with the tour and you "
            "get ten percent off the pastizzi.",
        ],
        video="vimeo:664120389",
        film=("The Ferryman's Daughter", 1994),
        tracks=["Lantern on the Water", "Siesta at the Quay"],
        people=[
            ("Lantern on the Water", "Carmen Zammit-Roe", "performer"),
            ("Lantern on the Water", "Giulio Ferrante", "composer"),
            ("Siesta at the Quay", "Giulio Ferrante", "composer"),
        ],
        peaks=[("Lantern on the Water", 7, "other:Italian singles chart")],
        places=[
            "Upper Barrakka Gardens",
            "Grand Harbour",
            "Fort St Elmo",
            "Strait Street",
            "Marsaxlokk",
        ],
        stood=[
            ("Grand Harbour", "Marseille"),
            ("Fort St Elmo", "a prison in Algiers"),
            ("Strait Street", "a back alley in Naples"),
            ("Marsaxlokk", "a Sicilian fishing port"),
        ],
    ),
    # 15. A voice-note transcribed with its ums (Scotland).
    post(
        "voice-note-transcribed-blue-static-aq",
        "medium",
        "I transcribed my pal's voice note about Blue Static, ums and all",
        [
            "<em>My pal Morag sends voice notes instead of texts, like a maniac. I asked her about "
            "the montage in Blue Static and got four minutes back. Transcribed faithfully, with her "
            "permission (she said 'aye fine, make me famous').</em>",
            "\u201cHiya, right, okay, so. Um. Blue Static. Twenty-eleven, yeah? Twenty-eleven. The "
            "one with the lassie who takes over her granda's pirate radio station. So the montage, "
            "you mean the one where she's doing up the station, aye? With the paint and the aerial "
            "and the seagull? Aye. Okay.\u201d",
            "\u201cSo the song is, um, Signal Fire? No. No, Signal Flare. Signal Flare. By Ailsa "
            "Drummond. She's from Dundee, she's brilliant, I saw her at the Barrowland, um, no, it "
            "was the ABC, whatever, she was brilliant. She wrote it with her brother, Finlay? "
            "Finlay. Finlay Drummond. He's in some other band as well, I cannae mind what they're "
            "called.\u201d",
            "\u201cAnd it did quite well actually? Like it got to, um, fifteen? In the proper UK "
            "chart. And it was number one on the Scottish one, which, obviously. And the silver "
            "disc, the BPI one, she put up a photo of it on the wee shelf in her kitchen. "
            "Aye.\u201d",
            "\u201cOh and the album, the soundtrack, Blue Static (Songs from the Film), got to "
            "twenty-four in the albums chart, which, my mum bought it, so that's one.\u201d",
            "\u201cWhere'd they film it? Um. So the station is actually in Stromness, in Orkney, on "
            "the harbour, and in the film it's supposed to be, like, somewhere in Norway? Which is "
            "mad, because there's a Co-op sign in one shot. And then the bit with the wee plane "
            "landing on the beach, that's Barra Airport, the one on the sand, you know the one, "
            "where the timetable depends on the tide.\u201d",
            "\u201cUm, what else. Oh! They were going to use a different song, um, Harbour Light "
            "Radio, by, och, somebody, but the director heard Signal Flare in a taxi and that was "
            "that. Okay. Okay that's it. Love you. Watch it. Bye. Oh, bye.\u201d",
        ],
        video="yt:Xs9cJw4Ht1M",
        film=("Blue Static", 2011),
        tracks=["Signal Flare"],
        people=[
            ("Signal Flare", "Ailsa Drummond", "performer"),
            ("Signal Flare", "Ailsa Drummond", "composer"),
            ("Signal Flare", "Finlay Drummond", "composer"),
        ],
        albums=["Blue Static (Songs from the Film)"],
        peaks=[
            ("Signal Flare", 15, "uk_singles"),
            ("Signal Flare", 1, "other:Scottish Singles Chart"),
            ("Blue Static (Songs from the Film)", 24, "uk_albums"),
        ],
        certs=[("Signal Flare", "silver", 1, "bpi")],
        places=["Stromness", "Barra Airport"],
        stood=[("Stromness", "somewhere in Norway")],
    ),
    # 16. A karaoke-night diary (Toronto).
    post(
        "karaoke-diary-week-fourteen-tin-roof-gospel-aq",
        "hugo",
        "Karaoke diary, week 14: Sweet Tin Roof (and the night we nearly nailed the harmony)",
        [
            "<em>Thursday.</em> Back at the Rosewood on Queen West for karaoke. Fourteen weeks in "
            "a row now. Deshawn says I have a problem. Deshawn IS the problem, he's the one who "
            "keeps signing us up for duets.",
            "Tonight's mission: Sweet Tin Roof, The Calloway Sisters one, from Tin Roof Gospel. "
            "The film's from '72. My mother saw it at a drive-in back home in Kingston on a date "
            "with a man who was not my father, she tells this story every Christmas. The song "
            "plays over the montage where the whole congregation rebuilds the church after the "
            "storm, hammers and hymn books, and the choir gets bigger every shot.",
            "Background research (yes, I research my karaoke, leave me alone): Booker Ames wrote "
            "it. Church organist, never wrote a pop song before, never had another hit after. It "
            "went top ten, number 7 on the Billboard Hot 100, and was number 2 on what they called "
            "the Easy Listening chart back then (Adult Contemporary now). Up here in Canada it did "
            "even better, number 3 on RPM. Gold record from the RIAA before the year was out.",
            "The soundtrack LP lives on Deshawn's shelf: Tin Roof Gospel: Original Soundtrack. It "
            "peaked at 26 on the Billboard 200 and the sleeve smells like his uncle's basement.",
            "They filmed it down in Natchez, Mississippi. The big house with the onion dome that "
            "the preacher's wife marches up to in the montage is Longwood, and I'm told you can "
            "still take the tour. Someday.",
            "<em>Performance notes.</em> I took the low part, Deshawn took the high part. The high "
            "part is the one that goes up to the moon on the last chorus. Deshawn did not go up to "
            "the moon. Deshawn went up to about the second floor.",
            "Encore: Gravel Road Amen, the other Calloway Sisters song in the film, over the end of "
            "the montage when the roof goes on. Booker Ames co-wrote that one with Loretta "
            "Calloway, the eldest sister. The machine had it in the wrong key. We sang it anyway. "
            "Two ladies at the bar cried. One of them was crying about her ex, but still.",
            "Score: 87 on the machine, 100 in my heart. Next week Deshawn wants something from the "
            "eighties. Lord help us.",
        ],
        video="yt:uB3yKq8_ZeR",
        film=("Tin Roof Gospel", 1972),
        tracks=["Sweet Tin Roof", "Gravel Road Amen"],
        people=[
            ("Sweet Tin Roof", "The Calloway Sisters", "performer"),
            ("Sweet Tin Roof", "Booker Ames", "composer"),
            ("Gravel Road Amen", "The Calloway Sisters", "performer"),
            ("Gravel Road Amen", "Booker Ames", "composer"),
            ("Gravel Road Amen", "Loretta Calloway", "composer"),
        ],
        albums=["Tin Roof Gospel: Original Soundtrack"],
        peaks=[
            ("Sweet Tin Roof", 7, "billboard_hot_100"),
            ("Sweet Tin Roof", 2, "billboard_adult_contemporary"),
            ("Sweet Tin Roof", 3, "canada_rpm"),
            ("Tin Roof Gospel: Original Soundtrack", 26, "billboard_200"),
        ],
        certs=[("Sweet Tin Roof", "gold", 1, "riaa")],
        places=["Natchez", "Longwood"],
    ),
    # 17. A text-message argument between two friends about who sang it (Australia).
    post(
        "text-argument-who-sang-all-the-quiet-engines-aq",
        "ghost",
        "The texts: me and Kev vs. the montage song in All the Quiet Engines",
        [
            "<em>Kev and I have been friends for twenty-two years and have had this argument for "
            "at least eleven of them. Last night we settled it. Posting the texts so there is a "
            "permanent record. Kev has agreed to this, under protest.</em>",
            "<strong>KEV, 9:41pm:</strong> all the quiet engines is on the telly. the montage "
            "song. jensen okafor. told u",
            "<strong>SHAZ, 9:42pm:</strong> it is NOT jensen okafor. it's a woman singing kev. u "
            "have ears",
            "<strong>KEV:</strong> its him doing a high voice",
            "<strong>SHAZ:</strong> he does not do a high voice. nobody in 2001 did a high voice",
            "<strong>KEV:</strong> whats it even called",
            "<strong>SHAZ:</strong> Slow Burn Satellite. u dont even know what its called and ur "
            "arguing about who sings it",
            "<strong>KEV:</strong> i know what its called i was testing u",
            "<strong>SHAZ:</strong> its Lorna Vail. i had the single. number 4 on the ARIA chart. "
            "number FOUR kev",
            "<strong>KEV:</strong> ok but that proves nothing",
            "<strong>SHAZ:</strong> googling",
            "<strong>SHAZ:</strong> [screenshot] Slow Burn Satellite, performed by Lorna Vail, "
            "written by Jensen Okafor. HE WROTE IT. SHE SINGS IT. ur brain mushed them together",
            "<strong>KEV:</strong> ....",
            "<strong>KEV:</strong> ok fine. but he wrote it so im half right",
            "<strong>SHAZ:</strong> ur zero right. also it went platinum here and got to 19 in "
            "the UK which i did not know",
            "<strong>KEV:</strong> the uk has no taste",
            "<strong>SHAZ:</strong> and the soundtrack was number 2 on the ARIA albums chart. we "
            "owned that too",
            "<strong>KEV:</strong> we owned it bc u bought it with my money at the coffs servo",
            "<strong>SHAZ:</strong> speaking of coffs did u know they shot the montage at the Big "
            "Banana",
            "<strong>KEV:</strong> YES obviously, i was there the week after they left. in the "
            "film its queensland lol",
            "<strong>SHAZ:</strong> and the jetty bit?",
            "<strong>KEV:</strong> coffs harbour jetty. i have been correct about one (1) thing "
            "tonight and its this",
            "<strong>SHAZ:</strong> enjoy it. night kev",
        ],
        video="vimeo:143508822",
        film=("All the Quiet Engines", 2001),
        tracks=["Slow Burn Satellite"],
        people=[
            ("Slow Burn Satellite", "Lorna Vail", "performer"),
            ("Slow Burn Satellite", "Jensen Okafor", "composer"),
        ],
        albums=["All the Quiet Engines soundtrack"],
        peaks=[
            ("Slow Burn Satellite", 4, "other:ARIA Singles Chart"),
            ("Slow Burn Satellite", 19, "uk_singles"),
            ("All the Quiet Engines soundtrack", 2, "other:ARIA Albums Chart"),
        ],
        certs=[("Slow Burn Satellite", "platinum", 1, "aria")],
        places=["Big Banana", "Coffs Harbour Jetty"],
        stood=[("Big Banana", "Queensland")],
    ),
    # 18. A bus-ride diary (Mumbai); few facts.
    post(
        "bus-diary-route-123-lemon-street-lights-aq",
        "jekyll",
        "Bus diary, Tuesday morning (and an old film song)",
        [
            "<strong>7.52 a.m.</strong> Got the window seat on the 123 from Tardeo for once. Small "
            "mercies. The uncle next to me is reading the Marathi paper and has opinions about "
            "every page, out loud.",
            "<strong>8.04.</strong> Passing Chowpatty. Somebody's phone is playing old film songs, "
            "one after another, and everyone is pretending not to listen and everyone is listening.",
            "<strong>8.06.</strong> And then, I swear, Roshni Wali Gali comes on just as we turn "
            "onto Marine Drive. Which is exactly where they shot it. In Lemon Street Lights, the "
            "1966 one my Aaji loved, there is the montage at night where the hero walks the whole "
            "length of the Queen's Necklace and the lamps come on one by one, and Kamini "
            "Deshpande's voice goes up and up. They filmed that stretch right here, on Marine "
            "Drive.",
            "<strong>8.09.</strong> The uncle stops reading to sing along. Badly. With feeling. "
            "Nobody asks him to stop. Even the conductor is humming.",
            "<strong>8.15.</strong> Looked it up because I couldn't remember who did the music. "
            "Harish Varde. He composed almost everything in that film; Aaji used to say he wrote "
            "Roshni Wali Gali on the back of a bus ticket, which seems unlikely, but I'm choosing "
            "to believe it, on this bus of all buses.",
            "<strong>8.17.</strong> The film itself is not great, Aaji admitted that too. The story "
            "is set in Calcutta for no reason and the hero has exactly one expression. But those "
            "five minutes.",
            "<strong>8.20.</strong> Traffic at Churchgate. The song is over. Someone else's phone "
            "is now playing a ringtone that is also a film song, but a terrible new one. The moment "
            "has passed.",
            "<strong>8.31.</strong> Got off at Nariman Point. Late, obviously. Worth it.",
        ],
        video="yt:Mf7oPz2aWc5",
        film=("Lemon Street Lights", 1966),
        tracks=["Roshni Wali Gali"],
        people=[
            ("Roshni Wali Gali", "Kamini Deshpande", "performer"),
            ("Roshni Wali Gali", "Harish Varde", "composer"),
        ],
        places=["Marine Drive"],
    ),
    # 19. A radio phone-in transcript (UK station, callers from all over).
    post(
        "phone-in-transcript-whistle-past-the-graveyard-aq",
        "gutenberg",
        "Transcript: the Soundtrack Sunday phone-in on Whistle Past the Graveyard",
        [
            "<em>Transcribed from last Sunday's show by a listener who asked to stay anonymous. "
            "Ads and traffic removed.</em>",
            "BENNY: ...and that was Skeleton Key Blues, Marvella Quince, from Whistle Past the "
            "Graveyard, 1989, which means the phones are about to light up. Lines are open. Pat in "
            "Swindon, you're on.",
            "PAT: Oh hello Benny, love the show. I just wanted to say that was the number one song "
            "the summer I got married.",
            "BENNY: Congratulations, Pat, but I'm going to stop you there: it wasn't a number one. "
            "Not here, anyway. It peaked at number three on the UK singles chart. Still went "
            "silver, sorry, gold. It went gold here, BPI gold. I've got the sheet in front of me.",
            "PAT: Well, it was number one in our house.",
            "BENNY: That's the only chart that matters, Pat. Graham in Inverness.",
            "GRAHAM: Aye, Benny, quick one. People always say Marvella Quince just sang it, but she "
            "wrote it as well, with a fella called Dwight Ebersole, a piano player. My brother met "
            "him in a bar in Memphis. Nice man, terrible tipper.",
            "BENNY: Correct, Graham, co-written by the pair of them. And did you know it was top "
            "ten in the States too? Number six on the Hot 100, and platinum over there from the "
            "RIAA.",
            "GRAHAM: I did not. I'll tell my brother. He'll claim he knew.",
            "BENNY: Now, a long-distance caller. Ruth, in Toronto, good afternoon, or good morning "
            "for you.",
            "RUTH: Good morning, Benny! I had to call because in Canada that song was enormous. "
            "Number two on RPM and double platinum. My daughter learned the whole graveyard dance "
            "from the montage.",
            "BENNY: Double platinum in Canada, noted. And where was that dance filmed, Ruth, do you "
            "know? I've had letters.",
            "RUTH: St Louis Cemetery, isn't it? In New Orleans?",
            "BENNY: That's what everybody thinks. It's actually Lafayette Cemetery No. 1; the St "
            "Louis lot wouldn't give permission. And the music video, the one with the rocking "
            "chairs and the big oak trees, that's Oak Alley Plantation, up the river.",
            "RUTH: Well I never.",
            "BENNY: Before the news: the soundtrack album, Whistle Past the Graveyard: Original "
            "Soundtrack, got to twenty-two on the Billboard 200, and a listener, Klaus, has emailed "
            "to say the single reached number one in Germany. Klaus, I love you, but it was number "
            "ten on Media Control. Still, not bad for a song about a haunted padlock. News and "
            "weather next.",
        ],
        video="yt:aD1nR6-YkHg",
        film=("Whistle Past the Graveyard", 1989),
        tracks=["Skeleton Key Blues"],
        people=[
            ("Skeleton Key Blues", "Marvella Quince", "performer"),
            ("Skeleton Key Blues", "Marvella Quince", "composer"),
            ("Skeleton Key Blues", "Dwight Ebersole", "composer"),
        ],
        albums=["Whistle Past the Graveyard: Original Soundtrack"],
        peaks=[
            ("Skeleton Key Blues", 3, "uk_singles"),
            ("Skeleton Key Blues", 6, "billboard_hot_100"),
            ("Skeleton Key Blues", 2, "canada_rpm"),
            ("Skeleton Key Blues", 10, "germany_media_control"),
            ("Whistle Past the Graveyard: Original Soundtrack", 22, "billboard_200"),
        ],
        certs=[
            ("Skeleton Key Blues", "gold", 1, "bpi"),
            ("Skeleton Key Blues", "platinum", 1, "riaa"),
            ("Skeleton Key Blues", "platinum", 2, "music_canada"),
        ],
        places=["Lafayette Cemetery No. 1", "Oak Alley Plantation"],
    ),
    # 20. A drunk review written the night before, edited the morning after.
    post(
        "drunk-review-neon-tithe-morning-after-aq",
        "handmade",
        "neon tithe review (written last night, edited this morning, sorry)",
        [
            "<em>[Morning-after note: I wrote this at 1.40am after the late screening and four, "
            "five, pints. I've fixed the spelling. I have not fixed the opinions. The opinions "
            "stand.]</em>",
            "NEON TITHE. 2015. OK. OK OK OK. Where do I start. I start with the MONTAGE. The bit "
            "where she walks through the whole city and every sign is pink and blue and the rain "
            "is coming down SIDEWAYS and the music goes BWAAAMMM. Lads. LADS.",
            "the song is Tithe of Light and its by Vanta Cruz who I had never heard of and who are "
            "now my favourite band, I followed them on four apps in the taxi. [Morning: it's one "
            "person, not a band. Fine. Still my favourite.]",
            "and it was written by somebody called Mika Ostrander who ALSO did the other one, the "
            "one with no words, Glass Rain Protocol, which is just her and a synthesiser going "
            "dooo dooo doo in the bit on the ferry. [Morning: checked. She wrote it and she plays "
            "it herself. I was right.] geniuses. both of them. all of them.",
            "WHERE is it. it's meant to be Tokyo and it's NOT Tokyo, I knew it wasn't Tokyo, the "
            "signs were in Cantonese, my mate Raj said so and he's from Leicester [Morning: "
            "irrelevant]. The market bit is Temple Street Night Market playing Tokyo, and the "
            "horrible brilliant corridor where she buys the gun is Chungking Mansions. And the big "
            "last shot on the harbour with all the buildings lit up is the Tsim Sha Tsui "
            "Promenade, I looked it up on the night bus. [Morning: correct!]",
            "the soundtrack album, Neon Tithe (Original Motion Picture Soundtrack), very long name, "
            "very good album, got to number 7 on the Billboard soundtracks chart, says the poster "
            "in the foyer, which I may or may not have taken. [Morning: I have the poster. I'm "
            "sorry.]",
            "and Tithe of Light got to 33 on Billboard's Dance/Electronic Songs chart, Raj says. "
            "33!!! robbed.",
            "The plot? Something about a debt. A priest? There's a priest. I don't care. Five "
            "stars. [Morning: four stars. The middle drags. But the montage, the montage is "
            "five.]",
        ],
        video="vimeo:731906215",
        film=("Neon Tithe", 2015),
        tracks=["Tithe of Light", "Glass Rain Protocol"],
        people=[
            ("Tithe of Light", "Vanta Cruz", "performer"),
            ("Tithe of Light", "Mika Ostrander", "composer"),
            ("Glass Rain Protocol", "Mika Ostrander", "composer"),
            ("Glass Rain Protocol", "Mika Ostrander", "performer"),
        ],
        albums=["Neon Tithe (Original Motion Picture Soundtrack)"],
        peaks=[
            (
                "Neon Tithe (Original Motion Picture Soundtrack)",
                7,
                "billboard_soundtracks",
            ),
            ("Tithe of Light", 33, "other:Billboard Dance/Electronic Songs"),
        ],
        places=[
            "Temple Street Night Market",
            "Chungking Mansions",
            "Tsim Sha Tsui Promenade",
        ],
        stood=[("Temple Street Night Market", "Tokyo")],
    ),
]
