"""Round 26, set AX: twenty posts by a fifty-first writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    post(
        "tallow-creek-montage-thread-ax",
        "wp_classic",
        "a thread about the tallow creek montage (copied over bc the app ate it)",
        [
            "ok I'm copying this thread over here bc half of you said you couldn't see it and "
            "the other half said it was too long. it is too long. enjoy (heart)",
            "1/ rewatched The Long Way to Tallow Creek (1991) last night and I need to talk "
            "about the montage. you know the one. the pickup, the dog, the three sisters "
            "singing along with the windows down and the youngest one getting every word wrong",
            "2/ the song is Hitchhiker's Hymn by the Lowercase Saints. written by Dell Marrow "
            "and Joanie Fitch, who were married at the time and very much NOT married by the "
            "second album lol",
            "3/ the Saints were from Tulsa, which matters bc the whole film is supposedly set "
            "in Oklahoma. it was not shot there tho, more on that in a sec",
            "4/ chart stuff for the nerds: Hitchhiker's Hymn went to no. 32 on the Hot 100, "
            "no wait, 23, I always flip it. twenty-three. it did better up north, number 9 on "
            "the RPM chart in Canada, which the band never shut up about",
            "5/ the soundtrack was called Songs from Tallow Creek and it peaked at 41 on the "
            "Billboard 200, then quietly went gold (RIAA) like four years later when the film "
            "started showing up on cable every other sunday",
            "6/ ok locations. the big shot where the truck crests the ridge and the chorus "
            "kicks in? that's Dead Horse Point State Park in Utah, pretending to be the "
            "Oklahoma panhandle. nobody from Oklahoma was fooled (skull)",
            "7/ the diner with the jukebox where the montage starts was in Moab, and the "
            "sisters' motel is in Green River. I've been to the Moab one, it's a bike shop now "
            "and the guy there had never heard of the movie. rude",
            "8/ director was Carla Benedek, her only feature, which is a crime. the girl "
            "playing the youngest sister (Reenie Cole) was 11 and apparently learnt the whole "
            "song for real so she could mess up the words on purpose and still be in sync",
            "9/ there was supposedly a second song, Dust Bowl Kiss, that got cut from the "
            "montage bc it was 'too sad.' never released. I've looked. I have LOOKED",
            "10/ anyway the clip is below. watch it loud. that's the thread. /end",
        ],
        video="yt:Tq7mHc2LwXe",
        film=("The Long Way to Tallow Creek", 1991),
        tracks=["Hitchhiker's Hymn"],
        people=[
            ("Hitchhiker's Hymn", "Lowercase Saints", "performer"),
            ("Hitchhiker's Hymn", "Dell Marrow", "composer"),
            ("Hitchhiker's Hymn", "Joanie Fitch", "composer"),
        ],
        albums=["Songs from Tallow Creek"],
        peaks=[
            ("Hitchhiker's Hymn", 23, "billboard_hot_100"),
            ("Hitchhiker's Hymn", 9, "canada_rpm"),
            ("Songs from Tallow Creek", 41, "billboard_200"),
        ],
        certs=[("Songs from Tallow Creek", "gold", 1, "riaa")],
        places=["Dead Horse Point State Park", "Moab", "Green River"],
        stood=[("Dead Horse Point State Park", "the Oklahoma panhandle")],
    ),
    post(
        "tram-conductors-daughter-trip-captions-ax",
        "gutenberg",
        "Portugal, but make it a film pilgrimage: my captions",
        [
            "so I finally did the trip. ten days in Portugal, and about four of them were "
            "spent standing where bits of The Tram Conductor's Daughter (1972) were filmed "
            "while my boyfriend held the coffees. captions as I posted them, lightly fixed "
            "bc my spelling on a phone is a war crime.",
            "H: day one",
            "[photo] the yellow tram going up past the cathedral. this is THE tram. ok not "
            "literally the same tram, the one in the film was scrapped in the 80s, but same "
            "route, same squeal on the bend (heart)",
            "[photo] me, badly recreating the bit in the musical number where Lúcia leans out "
            "the tram door. the song there is Amarelo, sung by Graça Ventura, and I had it on "
            "in my headphones and cried a little, normal behaviour",
            "[photo] Alfama at 7am. this is where they shot most of the Amarelo sequence, "
            "the washing lines and the kids running after the tram. the man at the café said "
            "his uncle was an extra. everyone's uncle was an extra",
            "H: day two",
            "[photo] view from the Miradouro de Santa Luzia. the last shot of the song, when "
            "the camera lifts up over the roofs, was taken from roughly here. roughly. "
            "there's a tree now",
            "[photo] the tiles. just the tiles. sorry not sorry",
            "[photo] found a plaque with Tomás Peixoto on it!! he wrote Amarelo and the rest "
            "of the score. except no wait, the plaque is for a different Peixoto, a poet from "
            "the 1800s. wrong plaque. kept the photo",
            "H: day four",
            "[photo] Quinta da Regaleira in Sintra, the well with the spiral stairs. in the "
            "film the whole estate doubles as the count's house in Galicia, the one the "
            "daughter runs off to in act three. the well itself isn't in the number but it's "
            "the best place I have ever been, full stop",
            "[photo] fog. Sintra is mostly fog",
            "H: day six",
            "[photo] the seafront at Cascais, which stands in for the Riviera (they couldn't "
            "afford France, per the director's memoir, which I have read twice). the slow "
            "reprise of Amarelo plays over this, just guitar and her voice",
            "[photo] ice cream. earned",
            "[photo] Praça do Comércio, the big yellow square, where they did the other "
            "number, Fado do Carril, the one with the tram drivers dancing. also Graça "
            "Ventura, also Peixoto. the pigeons were not in the film but they act like "
            "they were",
            "[photo] last one: the record. found an original copy of the soundtrack LP, "
            "Canções do Elétrico, in a shop in Bairro Alto for 12 euros. the sleeve is "
            "falling apart and honestly so am I",
            "that's it. the tram sequence is embedded below if you've somehow never seen it.",
        ],
        video="yt:pA3rVn8_kQz",
        film=("The Tram Conductor's Daughter", 1972),
        tracks=["Amarelo", "Fado do Carril"],
        people=[
            ("Amarelo", "Graça Ventura", "performer"),
            ("Amarelo", "Tomás Peixoto", "composer"),
            ("Fado do Carril", "Graça Ventura", "performer"),
            ("Fado do Carril", "Tomás Peixoto", "composer"),
        ],
        albums=["Canções do Elétrico"],
        places=[
            "Alfama",
            "Miradouro de Santa Luzia",
            "Quinta da Regaleira",
            "Cascais",
            "Praça do Comércio",
        ],
        stood=[
            ("Quinta da Regaleira", "the count's house in Galicia"),
            ("Cascais", "the Riviera"),
        ],
    ),
    post(
        "neon-lagoon-music-supervisor-ama-ax",
        "ghost",
        "I was the music supervisor on Neon Lagoon. AMA (the edited highlights)",
        [
            "Last month a forum I lurk on asked if anyone had worked on Neon Lagoon (1984), "
            "and I put my hand up, and it turned into a three-hour ask-me-anything. A few "
            "people asked me to save the good bits somewhere permanent, so here they are. "
            "Questions are trimmed, my answers are mostly as typed, typos and all.",
            "<strong>Q: whats the song in the boat montage?? the one with the sax</strong>",
            "A: That's Saltwater Radio, by Coral Static. Mikey Arlen and Sue Tran wrote it in "
            "about a week because the song we'd licensed fell through. The sax is Sue. "
            "People assume it's a session guy, it isn't, she played it in one take and then "
            "refused to do another.",
            "<strong>Q: was it a hit? my dad says it was huge</strong>",
            "A: Your dad's half right. It reached 14 on the Billboard Hot 100, which felt "
            "huge to us. In Australia it did better, number 6 on the Kent chart, and the band "
            "toured there twice off the back of it. In the UK it did nothing at all, never "
            "charted, and I still don't know why.",
            "<strong>Q: which song plays at the prom? not the boat one, the other one</strong>",
            "A: Undertow (Slow Dance). Dina Okafor sings it and she co-wrote it with Mikey, "
            "so he's on two of the big ones. That one was a slow burner; it got to number 8 "
            "on the adult contemporary chart (Billboard's) about five months after the film "
            "came out, mostly because of weddings.",
            "<strong>Q: soundtrack album sales?</strong>",
            "A: Neon Lagoon: Music from the Motion Picture peaked at 19 on the Billboard 200 "
            "and was certified platinum by the RIAA in 1986. I got a plaque. It's in the "
            "downstairs loo, which my wife says is where plaques belong.",
            "<strong>Q: where did they film the montage</strong>",
            "A: The harbour stuff is Key West, Mallory Square mostly, at sunset, with about "
            "two hundred tourists kept behind a rope. The night swimming was shot in a tank "
            "in Burbank, which is not as romantic.",
            "<strong>Q: who was the director like</strong>",
            "A: Nice to me, terrifying to the camera department. That's all you're getting.",
            "<strong>Q: any songs that nearly made it?</strong>",
            "A: Tons. There was a cover of an old surf tune we couldn't clear, and a ballad "
            "called Glass Bottom Boat that Coral Static recorded and then hated. It's never "
            "been out. Don't ask me for the tape, I don't have it, and if I did, see previous "
            "answer about the director.",
            "Thanks to everyone who asked stuff. The boat montage is embedded below.",
        ],
        video="vimeo:118204573",
        film=("Neon Lagoon", 1984),
        tracks=["Saltwater Radio", "Undertow (Slow Dance)"],
        people=[
            ("Saltwater Radio", "Coral Static", "performer"),
            ("Saltwater Radio", "Mikey Arlen", "composer"),
            ("Saltwater Radio", "Sue Tran", "composer"),
            ("Undertow (Slow Dance)", "Dina Okafor", "performer"),
            ("Undertow (Slow Dance)", "Dina Okafor", "composer"),
            ("Undertow (Slow Dance)", "Mikey Arlen", "composer"),
        ],
        albums=["Neon Lagoon: Music from the Motion Picture"],
        peaks=[
            ("Saltwater Radio", 14, "billboard_hot_100"),
            ("Saltwater Radio", 6, "australia_kent"),
            ("Undertow (Slow Dance)", 8, "billboard_adult_contemporary"),
            ("Neon Lagoon: Music from the Motion Picture", 19, "billboard_200"),
        ],
        certs=[("Neon Lagoon: Music from the Motion Picture", "platinum", 1, "riaa")],
        places=["Mallory Square", "Burbank"],
    ),
    post(
        "quiet-hours-marigold-film-diary-ax",
        "blogger",
        "film diary: Quiet Hours at the Marigold (2009) ★★★½",
        [
            "Watched on a Tuesday, alone, with soup. Rewatch? No, first time, somehow, even "
            "though my sister has been on at me about it since roughly the Obama years.",
            "Quiet Hours at the Marigold, 2009. Three and a half stars. Half a star off for "
            "the ending, which I will not spoil "
            "except to say that nobody in the history of care homes has ever been allowed to "
            "take a rowing boat out at night.",
            "The film's about a night porter at a retirement hotel on the coast (it's set "
            "in Norfolk, I think, or somewhere flat and windy that wants you to think of "
            "Norfolk) and the six residents who won't sleep. It's slow. It's meant to be "
            "slow. Lorna Pike is great as the porter, all tiredness and tea.",
            "But the reason anyone remembers it is the bit two-thirds in, where the residents "
            "put a record on in the lounge and the whole thing tips into a sort of dance "
            "montage, cardigans and walking frames and one man in a dressing gown doing the "
            "splits. The song's Little Engines, by Fern &amp; the Oddments, and it's so "
            "tinny and sweet that I laughed and then I had to pause it for a minute.",
            "I looked up the band afterwards expecting some big story and there isn't one. "
            "Two albums, neither of which has this song on, and then they all became "
            "teachers. Love that for them.",
            "The rest of the music is fine? Piano, mostly. Forgettable in the way that's "
            "probably on purpose.",
            "Things I wrote in my notebook while watching, unedited:",
            "LIST: the dressing gown man!!! | why is the lighting so orange | sister was right, "
            "don't tell her | soup too hot | the cat has no narrative function and I respect it",
            "Would I watch it again? For the dance, yes. For the other ninety minutes, "
            "probably also yes, on a Tuesday, with soup. Clip of the lounge scene below, it's "
            "the best four minutes of the year I watched it in.",
        ],
        video="yt:m0dLfE3xW2s",
        film=("Quiet Hours at the Marigold", 2009),
        tracks=["Little Engines"],
        people=[("Little Engines", "Fern & the Oddments", "performer")],
    ),
    post(
        "blades-of-august-short-video-script-ax",
        "medium",
        "my script for the Blades of August locations short (posted by request)",
        [
            "A few of you asked how I plan the little sixty-second videos, so here's the full "
            "script for the Blades of August one, including the bits I cut. [OST] means "
            "on-screen text. VO is me talking over it.",
            "H: Shot 1 (0:00-0:05)",
            '[OST] "the skate montage from Blades of August (1998) was NOT filmed in LA" '
            "VO: nope. not even the country.",
            "H: Shot 2 (0:05-0:18)",
            '[OST] "it\'s London (gasp)" VO: the first half of the montage, all the stairs '
            "and the ledges and the kid who eats it on the handrail, that's the Southbank "
            "Undercroft, playing a Los Angeles parking garage. if you look you can literally "
            "see the Thames in one frame. continuity said nothing.",
            "H: Shot 3 (0:18-0:30)",
            '[OST] "and then Barcelona??" VO: the second half, the big white building and '
            "the smooth plaza, that's MACBA. in the film it's meant to be downtown San Diego. "
            "I've skated there, I fell, the security guard laughed, we're friends now.",
            "H: Shot 4 (0:30-0:42)",
            '[OST] "the song: Kickflip Lullaby / Plywood Hearts" VO: the track is Kickflip '
            "Lullaby by Plywood Hearts, a band from Leeds (fun fact, not the film's fault). "
            "Jonah Reyes wrote it, and yes, that's him singing, scream at 2:10 included, not "
            "the other guy.",
            "H: Shot 5 (0:42-0:52)",
            '[OST] "UK no. 12 (!!)" VO: went to twelve in the UK singles chart. in the '
            "States it was a rock radio thing, it got to 18 on Billboard's mainstream rock "
            "list. no Hot 100. sorry Jonah.",
            "[CUT FOR TIME] the soundtrack, Blades of August OST, made 27 on the UK albums "
            "chart and the BPI gave it a silver disc, which I'd have liked to squeeze in but "
            "the shot was four seconds and I talk slow.",
            "H: Shot 6 (0:52-1:00)",
            '[OST] "follow for part 2: the bowl scene" VO: the bowl is somewhere in Wales, '
            "and I'm going next month, so. (skateboard) (skateboard) (skateboard)",
            "H: Notes to self",
            "LIST: get the slo-mo of the handrail bit | check the director's name, is it "
            "Ansel or Anselm | don't say 'literally' four times | buy new bearings",
            "The original montage is the embed below, for comparison. Mine is worse but "
            "shorter.",
        ],
        video="yt:K9xzB4uYr1E",
        film=("Blades of August", 1998),
        tracks=["Kickflip Lullaby"],
        people=[
            ("Kickflip Lullaby", "Plywood Hearts", "performer"),
            ("Kickflip Lullaby", "Jonah Reyes", "composer"),
            ("Kickflip Lullaby", "Jonah Reyes", "performer"),
        ],
        albums=["Blades of August OST"],
        peaks=[
            ("Kickflip Lullaby", 12, "uk_singles"),
            ("Kickflip Lullaby", 18, "billboard_mainstream_rock"),
            ("Blades of August OST", 27, "uk_albums"),
        ],
        certs=[("Blades of August OST", "silver", 1, "bpi")],
        places=["Southbank Undercroft", "MACBA"],
        stood=[
            ("Southbank Undercroft", "a Los Angeles parking garage"),
            ("MACBA", "downtown San Diego"),
        ],
    ),
    post(
        "gull-season-tidewater-chat-log-ax",
        "squarespace",
        "the Tidewater argument, as it happened (chat log, shared with permission)",
        [
            "My friend Niamh and I have been arguing about this song for about eleven years. "
            "Last night it finally got settled, in the group chat, at midnight, like all "
            "important things. She said I could post it if I took out the bit about her ex.",
            "<strong>niamh:</strong> ok so are we watching Gull Season this weekend or not",
            "<strong>me:</strong> yes!! 2003 was a good year for sad beach films",
            "<strong>niamh:</strong> the walking-on-the-strand bit tho. with Tidewater. I'm "
            "already crying and it's thursday",
            "<strong>me:</strong> that song was number 2 in Ireland I swear",
            "<strong>niamh:</strong> it was number ONE. six weeks. my mam bought it twice "
            "bc she lost the first one in the car",
            "<strong>me:</strong> ...ok checked, you're right, it topped the Irish singles "
            "chart. ugh",
            "<strong>niamh:</strong> and it went platinum here. and Aoife Brennan wrote it "
            "herself, nobody helped her, before you say that one about the producer again",
            "<strong>me:</strong> I wasn't going to say that",
            "<strong>me:</strong> (I was going to say that)",
            "<strong>niamh:</strong> it was top ten in the UK too. no. 7",
            "<strong>me:</strong> and Germany?? my cousin in Köln had it on a mixtape",
            "<strong>niamh:</strong> 15 over there, I looked it up when we had this fight in "
            "2016. and the BPI made it gold eventually which, fair",
            "<strong>me:</strong> the soundtrack album got to 11 in the UK albums chart "
            "didn't it",
            "<strong>niamh:</strong> yes because everyone bought it for the one song and "
            "then listened to the one song",
            "<strong>me:</strong> where did they film the beach bit again, Dingle?",
            "<strong>niamh:</strong> the town scenes are Dingle. the beach with the horses is "
            "Inch Beach, down the road. it's meant to be Cornwall in the film lol. the "
            "English couple's holiday. nobody in Cornwall has ever looked that happy",
            "<strong>me:</strong> ok I'm bringing crisps",
            "<strong>niamh:</strong> bring the good ones (crisp packet) (heart)",
            "So that's that. For the record, I was right that it was a great song, and she "
            "was right about literally everything else. The beach scene is below. It's still "
            "a good cry.",
        ],
        video="yt:dGw8Lx1tR5n",
        film=("Gull Season", 2003),
        tracks=["Tidewater"],
        people=[
            ("Tidewater", "Aoife Brennan", "performer"),
            ("Tidewater", "Aoife Brennan", "composer"),
        ],
        albums=["Gull Season soundtrack"],
        peaks=[
            ("Tidewater", 1, "other:irish singles chart"),
            ("Tidewater", 7, "uk_singles"),
            ("Tidewater", 15, "germany_media_control"),
            ("Gull Season soundtrack", 11, "uk_albums"),
        ],
        certs=[
            ("Tidewater", "platinum", 1, "other"),
            ("Tidewater", "gold", 1, "bpi"),
        ],
        places=["Dingle", "Inch Beach"],
        stood=[("Inch Beach", "Cornwall")],
    ),
    post(
        "letter-to-marisol-quant-orbit-me-slowly-ax",
        "substack",
        "A letter I'll probably never send to Marisol Quant",
        [
            "This one is for Marisol Quant. I'm putting it here because the address on the "
            "old fan club flyer doesn't exist any more, and because writing it down felt "
            "like the point anyway.",
            "Dear Marisol,",
            "You won't remember me. I was the girl in the Satellite Summer t-shirt at the "
            "signing in Winnipeg in 1996, the one who couldn't speak and just pushed the CD "
            "across the table. You wrote 'keep looking up' on it. I still have it. The CD "
            "case is cracked but the writing is fine.",
            "I was fourteen when Satellite Summer (1995) came out and I saw it four times at "
            "the Garrick. Everyone went for the alien plot. I went for the bit in the middle "
            "where Jess lies on the roof of the van and you start singing Orbit Me Slowly "
            "and the stars come out one by one. I know now it was mostly a painted backdrop. "
            "I didn't then.",
            "I read later that you wrote that song with your brother, Teo Quant, in your "
            "parents' garage in Tucson. I read everything, in those years. I knew it was "
            "number 3 on Billboard's adult contemporary chart before I knew what adult "
            "contemporary meant (I "
            "thought it meant it was for grown-ups and felt very proud of myself). I knew it "
            "went to 12 in Canada, on RPM, because I phoned the radio station every day for "
            "a month, so some of that is mine, I think. (It only got to 47 on the Hot 100. "
            "I took that personally too.)",
            "I bought the album, Small Hours in Orbit, with babysitting money, and it was the "
            "first record I ever owned that felt like it was about me. It went gold in "
            "Canada, which I only found out last year, and I was weirdly happy about it, "
            "like it was news about a friend.",
            "Last spring I finally went to New Mexico and drove out to the Very Large Array, "
            "where they shot the dishes turning during the song. In the film they're "
            "supposed to be a research base in Chile. In real life there's a gift shop and "
            "a man who told me the dishes don't really move that fast. I didn't care. I "
            "played the song in the car park and it sounded exactly the same.",
            "I don't know what you're doing now. I hope it's something you like. I hope "
            "somebody still pushes CDs across tables at you.",
            "Keep looking up, I guess.",
            "Love, Dana (the t-shirt girl)",
            "P.S. for anyone reading who isn't Marisol: the roof scene is embedded below.",
        ],
        video="yt:vQ2o_Sm9aHk",
        film=("Satellite Summer", 1995),
        tracks=["Orbit Me Slowly"],
        people=[
            ("Orbit Me Slowly", "Marisol Quant", "performer"),
            ("Orbit Me Slowly", "Marisol Quant", "composer"),
            ("Orbit Me Slowly", "Teo Quant", "composer"),
        ],
        albums=["Small Hours in Orbit"],
        peaks=[
            ("Orbit Me Slowly", 3, "billboard_adult_contemporary"),
            ("Orbit Me Slowly", 12, "canada_rpm"),
            ("Orbit Me Slowly", 47, "billboard_hot_100"),
        ],
        certs=[("Small Hours in Orbit", "gold", 1, "music_canada")],
        places=["Very Large Array"],
        stood=[("Very Large Array", "a research base in Chile")],
    ),
    post(
        "candlewicks-fan-club-newsletter-spring-ax",
        "hugo",
        "The Wick: newsletter of the Candlewicks Appreciation Society, spring issue",
        [
            "Hello again, Wickheads! Apologies that this issue is late. Our treasurer, "
            "Brenda, had her hip done, and she is the only one who knows the password to "
            "the mailing list. She is doing very well and sends her love.",
            "H: Fifty-odd years at the top of the wheel",
            "This summer it's been (gulp) more than half a century since The Ferris Wheel "
            "Waltz (1968) was in cinemas, and with it the song that started all this: "
            "Top of the Wheel. For any new members, it's the one Honey and the Candlewicks "
            "sing while the wheel stops with Peggy and the sailor stuck at the top. Art "
            "Lunden wrote it, words and tune, on the back of a bus ticket (or so he said "
            "for forty years; his widow says it was a napkin).",
            "H: The numbers, for the record",
            "Several members wrote in after last issue's quiz because we had the figures "
            "muddled, so here they are, checked by Derek against his scrapbook:",
            "LIST: UK singles chart: peaked at No. 4 (not No. 3, sorry Marjorie) | "
            "Australia: No. 2 on the Kent list, behind a song about a horse | "
            "silver disc from the BPI, presented at the Palladium by a man in a terrible tie",
            "The band's LP from that autumn, Candlewicks at the Fair, climbed to ninth place "
            "on the UK album chart, and yes, Top of the Wheel is on it, as track one, side "
            "one.",
            "H: Day trip, 14 June",
            "We are going back to Brighton! The wheel sequence was shot on the Palace Pier, "
            "which in the film is supposed to be Coney Island (the wheel itself was a "
            "specially built one, long gone, don't ask the pier staff about it, they get "
            "cross). The shot of Peggy running for the wheel was done along Madeira Drive, "
            "so we'll walk that too. Coach leaves from outside the Co-op at 8.15. Bring a "
            "cardigan.",
            "We will also pop in to Hove, where Honey lived for a while in the seventies. "
            "That was not a film location and there is nothing to see, but Brenda insisted.",
            "H: Members' corner",
            "Gerald in Swindon asks if it's true the Candlewicks recorded a Christmas song. "
            "They did (Tinsel Tuesday, 1970). It was not in any film and it is, with love, "
            "not good.",
            "H: Last word",
            "Someone has put the wheel scene up online in good quality at last (below). "
            "Watch it with the sound up and think of us. Wick on!",
        ],
        video="yt:Hw4uZ0cN-7j",
        film=("The Ferris Wheel Waltz", 1968),
        tracks=["Top of the Wheel"],
        people=[
            ("Top of the Wheel", "Honey and the Candlewicks", "performer"),
            ("Top of the Wheel", "Art Lunden", "composer"),
        ],
        albums=["Candlewicks at the Fair"],
        peaks=[
            ("Top of the Wheel", 4, "uk_singles"),
            ("Top of the Wheel", 2, "australia_kent"),
            ("Candlewicks at the Fair", 9, "uk_albums"),
        ],
        certs=[("Top of the Wheel", "silver", 1, "bpi")],
        places=["Palace Pier", "Madeira Drive"],
        stood=[("Palace Pier", "Coney Island")],
    ),
    post(
        "email-to-my-brother-strings-between-windows-ax",
        "jekyll",
        "an email to my brother about mum's song (posting it so I stop losing it)",
        [
            "I sent this to my brother last week and then realised it's the most I've ever "
            "written about anything, so it's going on the blog too. Names of small children "
            "removed for their own protection.",
            "Subject: re: re: re: mum's 70th - THE SONG",
            "hey D,",
            "ok so you asked what the song was that mum always hummed doing the dishes and I "
            "said 'the tin can one' and you said that's not a title. fair. I did some "
            "digging.",
            "it's from a film called Tin Can Telephone, 1979. the one with the two kids who "
            "run string between their bedroom windows across the alley? we watched it at "
            "gran's on the VHS with the label that said CURTAINS for some reason. the song is "
            "Strings Between Windows and it's the Marlow Sisters singing it, there's three "
            "of them. a guy called Hal Ebbing wrote it. I thought Carole King for years, "
            "it was not Carole King.",
            "it was a hit-ish? number 38 on the Hot 100, and 22 in Canada (the RPM chart, "
            "which is what they had). mum will tell you it was number 1. let her.",
            "the bit she loves is the little montage where the kids send notes back and "
            "forth all summer and it rains and the cans fill up with water. that was filmed "
            "in Galena, Illinois, which is two hours from us!!! the alley is still there, "
            "I checked on street view. the school bits at the end are Dubuque, over the river, "
            "but that's not the montage so who cares. I'm thinking we drive her out there "
            "the morning of "
            "the party, play the song in the car, act casual.",
            "also there's a soundtrack but it's basically two songs and a lot of oboe, "
            "skip it.",
            "the film itself is set in Ohio, by the way, which is why none of us ever "
            "thought to look in Illinois. classic.",
            "so: 1) you book the restaurant 2) I do the drive 3) Jen does the cake 4) nobody "
            "tells mum. if you tell mum I will tell her about the garage thing in 1998.",
            "link to the scene below so you can watch it on your lunch and get sad at your "
            "desk like I did",
            "love you, idiot",
            "S",
            "P.S. the smaller of your children asked me if the Marlow Sisters are 'real "
            "sisters' and I said yes and I actually have no idea.",
        ],
        video="vimeo:204771396",
        film=("Tin Can Telephone", 1979),
        tracks=["Strings Between Windows"],
        people=[
            ("Strings Between Windows", "Marlow Sisters", "performer"),
            ("Strings Between Windows", "Hal Ebbing", "composer"),
        ],
        peaks=[
            ("Strings Between Windows", 38, "billboard_hot_100"),
            ("Strings Between Windows", 22, "canada_rpm"),
        ],
        places=["Galena", "Dubuque"],
    ),
    post(
        "karaoke-night-disco-comet-recap-ax",
        "handmade",
        "karaoke night recap: the Disco Comet incident",
        [
            "Every second Friday a bunch of us from work take over the back room at the "
            "Lucky Crane and sing badly until they turn the lights up. This is the recap I "
            "promised the group. Scores are out of ten and completely unfair.",
            "H: The line-up",
            "LIST: Priya: a power ballad, 7/10, lost points for crying during the key change "
            "| Tom: something about trucks, 4/10, he knows why | Me: Gravity Don't Mean a "
            "Thing, 9/10, I'm the one writing this | Grace and Mo: the duet from Disco Comet, "
            "11/10, see below",
            "H: ok, so, Disco Comet",
            "For the babies in the office: Disco Comet (1978) is the film with the astronaut "
            "who lands in a roller disco, and the whole middle is basically one long musical "
            "number. Gravity Don't Mean a Thing is the big one, Stella Voss singing in the "
            "silver jumpsuit, and it was written by Barry Okoye and Lou Vance, who also did "
            "most of the other songs.",
            "Tom asked 'was that even a hit' and the entire table turned on him. So. Number "
            "two on the Hot 100 (kept off number one by some song about a cowboy, Priya "
            "says, I can't confirm). Number one in West Germany, for a month. Number five in "
            "the UK. Gold in the States from the RIAA, and platinum in Germany, the BVMI one, "
            "which Mo says is because 'Germans understand disco.' Mo is German.",
            "Then Grace and Mo did the duet, Moonwalk Mambo, which in the film is Stella "
            "Voss and Ricky Delgado (he was the astronaut, and the voice is really his, "
            "apparently; he could sing, he just couldn't act). Grace did the Ricky part. "
            "She did the spin. She did the floor slide. The floor at the Lucky Crane is not "
            "made for the floor slide. She's fine. Her tights are not.",
            "H: table trivia, as shouted",
            "The soundtrack album (just called Disco Comet (Original Soundtrack), very "
            "creative) got to number six on the Billboard 200 and went double platinum. Mo "
            "wanted to know where they filmed the rink, and it turns out the rink is the "
            "Roseland Ballroom in New York, dressed up with a fake planet. The outer space "
            "bits were at Shepperton, in England, which nobody guessed.",
            "H: next time",
            "Priya has banned all songs from films with astronauts. The motion carried 5 to "
            "2. Grace voted against. Clip of the original rink number is below so Tom can "
            "educate himself.",
        ],
        video="yt:f8SrZp3ca_Q",
        film=("Disco Comet", 1978),
        tracks=["Gravity Don't Mean a Thing", "Moonwalk Mambo"],
        people=[
            ("Gravity Don't Mean a Thing", "Stella Voss", "performer"),
            ("Gravity Don't Mean a Thing", "Barry Okoye", "composer"),
            ("Gravity Don't Mean a Thing", "Lou Vance", "composer"),
            ("Moonwalk Mambo", "Stella Voss", "performer"),
            ("Moonwalk Mambo", "Ricky Delgado", "performer"),
        ],
        albums=["Disco Comet (Original Soundtrack)"],
        peaks=[
            ("Gravity Don't Mean a Thing", 2, "billboard_hot_100"),
            ("Gravity Don't Mean a Thing", 1, "germany_media_control"),
            ("Gravity Don't Mean a Thing", 5, "uk_singles"),
            ("Disco Comet (Original Soundtrack)", 6, "billboard_200"),
        ],
        certs=[
            ("Gravity Don't Mean a Thing", "gold", 1, "riaa"),
            ("Gravity Don't Mean a Thing", "platinum", 1, "bvmi"),
            ("Disco Comet (Original Soundtrack)", "platinum", 2, "riaa"),
        ],
        places=["Roseland Ballroom", "Shepperton"],
    ),
    post(
        "best-man-speech-lighthouse-dance-ax",
        "wp_classic",
        "My best man speech (the version I actually said, not the one on the cards)",
        [
            "A few people at the reception asked for a copy, and the cards are covered in "
            "gravy, so I've typed it up from memory. Bits in brackets are what happened in "
            "the room.",
            "Good evening everyone. For those who don't know me, I'm Callum, I've known Ben "
            "since we were eight, and I've been told I have four minutes, so I'll be quick, "
            "which will be a first. (Ben's mum: 'it will.')",
            "I want to talk about the first dance, because some of you are wondering why a "
            "thirty-four-year-old civil engineer and a paediatric nurse chose a song from a "
            "film none of you have seen.",
            "Here's why. In 2014, Ben and Anna had their third date, and it was at my flat, "
            "because Ben had booked a restaurant for the wrong Saturday. (laughter) I had "
            "one DVD that wasn't about football. It was The Lighthouse Dance, from 1993, "
            "which my sister had left behind, and it was that or nothing.",
            "And about an hour in there's this scene, the keeper's daughter and the "
            "fisherman dancing in the lamp room, the light going round and round them, and "
            "the song is First Light, Second Chance. Owen Clay and Priya Desai sing it, "
            "taking a verse each and then the chorus together, and Leah Sorensen wrote it, "
            "and I only know that because Anna paused the film to read the credits, which "
            "is when I knew Ben was in trouble. (Anna: 'he was.')",
            "Now, Ben being Ben, he went and researched it. He found out it was a number one "
            "on the adult contemporary chart in America. He found out it only got to eleven "
            "on the Hot 100, and he was personally offended by that on its behalf. He bought "
            "the soundtrack, Songs from the Lamp Room, on vinyl, and informed me it went "
            "to number 30 on the Billboard 200 and that the RIAA certified it platinum. He "
            "found "
            "out the lighthouse is Pemaquid Point, up in Maine, even though in the film "
            "it's meant to be a lighthouse in Nova Scotia. And last summer he drove Anna "
            "all the way up there, and got down on one knee on the rocks, and she said yes, "
            "and then a wave came over and soaked them both. (Ben: 'it was a small wave.') "
            "It was not a small wave. I have seen the photos.",
            "So when you hear that song in a minute, that's why. It's not just a song from a "
            "film. It's the wrong Saturday, and my sister's DVD, and a very large wave.",
            "Anna, thank you for making my friend happier than I've ever seen him, and for "
            "putting up with his research. Ben, you're punching well above your weight, "
            "and we're all very proud of you for it.",
            "Please raise your glasses. To Ben and Anna. (everyone) To Ben and Anna!",
            "(For anyone who asked: the dance scene from the film is below. Our version had "
            "more uncles in it.)",
        ],
        video="yt:LtE6vW1nQp4",
        film=("The Lighthouse Dance", 1993),
        tracks=["First Light, Second Chance"],
        people=[
            ("First Light, Second Chance", "Owen Clay", "performer"),
            ("First Light, Second Chance", "Priya Desai", "performer"),
            ("First Light, Second Chance", "Leah Sorensen", "composer"),
        ],
        albums=["Songs from the Lamp Room"],
        peaks=[
            ("First Light, Second Chance", 1, "billboard_adult_contemporary"),
            ("First Light, Second Chance", 11, "billboard_hot_100"),
            ("Songs from the Lamp Room", 30, "billboard_200"),
        ],
        certs=[("Songs from the Lamp Room", "platinum", 1, "riaa")],
        places=["Pemaquid Point"],
        stood=[("Pemaquid Point", "a lighthouse in Nova Scotia")],
    ),
    post(
        "eulogy-for-grandad-sunday-at-the-lido-ax",
        "gutenberg",
        "What I said for Grandad",
        [
            "Grandad's funeral was on Thursday. A few cousins who couldn't travel asked what "
            "I said, so here it is. It isn't polished. He'd have said polish is for shoes.",
            "Most of you knew Frank Hollis as the man who fixed things. Your bike, your "
            "boiler, your marriage, once, apparently, though he would never say whose. He "
            "was born in Redruth in 1931 and he lived in the same house for sixty-two years, "
            "and he never once in that time threw away a screw.",
            "But I want to tell you about a Sunday afternoon film.",
            "When I was small, every Christmas, he'd find Sunday at the Lido on the telly. "
            "It's from 1966, it's about a swimming gala, and nothing happens in it. He loved "
            "it. There's a bit in the middle where the whole pool does a routine in the "
            "water, all synchronised, swimming caps with flowers on, and the band plays "
            "Lido Swing, and Grandad would get up out of his chair, every single year, and "
            "do the arm movements. The Bert Hanley Orchestra, he'd say, like he was "
            "introducing them personally.",
            "When I was about twelve he took me to see where they'd filmed it. It was the "
            "Jubilee Pool in Penzance, the big triangle one on the seafront. It was closed "
            "for the winter and we stood outside the railings in the wind, and he hummed the "
            "whole thing, start to finish, and I pretended to be embarrassed.",
            "I wasn't embarrassed. I'm not now.",
            "He didn't care much for music after about 1970. He thought most of it was "
            "shouting. But that tune he kept, like he kept the screws.",
            "So at the end, when we go out, that's what's playing. If you know the arm "
            "movements, do them. He'd want you to.",
            "Thank you for coming, and for loving him.",
            "(The clip from the film is below, for anyone who wants to learn the arms.)",
        ],
        video="yt:b3JqUu0Yy7c",
        film=("Sunday at the Lido", 1966),
        tracks=["Lido Swing"],
        people=[("Lido Swing", "Bert Hanley Orchestra", "performer")],
        places=["Jubilee Pool"],
    ),
    post(
        "fjord-radio-locations-vlog-transcript-ax",
        "ghost",
        "Transcript: Fjord Radio locations vlog, episode 41",
        [
            "Auto-captions on the video are a disaster (apparently I said 'Geiranger' as "
            "'garage anger' eleven times), so here's a cleaned-up transcript for anyone who "
            "needs it.",
            "[intro music] Hey guys, welcome back, and welcome to Norway! So if you've been "
            "here a while you'll know I have one (1) favourite film and it's Fjord Radio, "
            "from 2006, and today we are finally, finally doing the locations. Let's go.",
            "[cut] Okay so we are in Ålesund. Look at this. All the pointy art nouveau "
            "buildings. In the film this whole harbour is supposed to be a port town in "
            "Iceland, which, I mean, they didn't even change the signs, you can see "
            "Norwegian on the bakery in the wide shot. This is where the radio station is, "
            "that building there with the green roof, that's the one. The big montage starts "
            "here, when Ingrid gets the signal for the first time.",
            "[cut] The song in that montage, if you don't know, and you should, is Northern "
            "Frequency. It's Siri Halvorsen singing, and she wrote it with Even Dahl, who I "
            "think was her boyfriend at the time? Don't quote me. It was number three in "
            "Norway on VG-lista, which is their big chart, and it's been in my head since I "
            "was fifteen.",
            "[cut, car noise] Sorry, it's windy. We are driving up Trollstigen, which is the "
            "road with all the hairpins, and this is where the montage goes next, the shot "
            "from the helicopter where the van goes round all the bends. I'm not driving "
            "like that. My mum watches these.",
            "[cut] And now. Oh my gosh. Geirangerfjord. The final shot of the song, where "
            "the camera goes out over the water and the signal finally reaches the ship? "
            "Right here. I'm not crying, it's the spray. Okay I'm crying a bit.",
            "[cut] Quick one, people keep asking about the lighthouse scene, that's not in "
            "this montage and it's not even Norway, it's a set in a studio in Sweden, so, "
            "sorry, not visiting a set.",
            "[cut] The soundtrack album is called Frequencies and I've got it on vinyl, I'll "
            "do an unboxing some other time, it's very orange. That one went all the way to "
            "number one on the Norwegian album chart, and IFPI Norway made it platinum.",
            "[outro] So that's it for Fjord Radio! Tell me in the comments which film I "
            "should do next, and the original montage is linked in the description, well, "
            "it's below this, on the blog. Bye!",
        ],
        video="yt:Nf5_rYh2Kx0",
        film=("Fjord Radio", 2006),
        tracks=["Northern Frequency"],
        people=[
            ("Northern Frequency", "Siri Halvorsen", "performer"),
            ("Northern Frequency", "Siri Halvorsen", "composer"),
            ("Northern Frequency", "Even Dahl", "composer"),
        ],
        albums=["Frequencies"],
        peaks=[
            ("Northern Frequency", 3, "other:VG-lista"),
            ("Frequencies", 1, "other:Norwegian album chart"),
        ],
        certs=[("Frequencies", "platinum", 1, "ifpi")],
        places=["Ålesund", "Trollstigen", "Geirangerfjord"],
        stood=[("Ålesund", "a port town in Iceland")],
    ),
    post(
        "school-essay-rocket-garden-favourite-film-ax",
        "blogger",
        "My daughter's Year 9 essay, reproduced with her grudging permission",
        [
            "Maya got a 7 for this and asked me to 'put it on your little blog so grandma "
            "can see it.' Grandma, this is for you. Spelling is hers, I only fixed the ones "
            "the teacher circled.",
            "H: My Favourite Film, by Maya T., 9R",
            "My favourite film is Rocket Garden, which came out in 2012 when I was only "
            "two, so I did not see it in the cinema, I saw it on my dad's laptop on a plane. "
            "It is about a girl called Pip who builds a rocket in her nan's allotment "
            "because she wants to see her mum, who is an astronaut. It is set in Stockport.",
            "The best part of the film is the montage where Pip and her friends build the "
            "rocket. This is a sequence of short scenes with music over them to show time "
            "passing. The song in the montage is called Count Down to Me and it is sung by "
            "Juno Kaye. Juno Kaye also wrote it with a man called Felix Amadi. I think the "
            "song is effective because it starts quiet and gets louder as the rocket gets "
            "bigger, which shows that Pip is getting more confident.",
            "The song was quite successful. It reached number sixteen in the UK Singles "
            "Chart. My dad says it should have been higher, but he is biased because he "
            "likes everything with a saxophone in it. The soundtrack album, Songs from the "
            "Allotment, got to number thirty in the UK Albums Chart and was awarded a silver "
            "disc by the BPI.",
            "Another reason I like the film is the locations. The part where Pip visits the "
            "big telescope was filmed at Jodrell Bank, which in the film pretends to be NASA. "
            "I think this is funny because Jodrell Bank is in Cheshire and NASA is in "
            "America. We went there on a school trip in Year 6 and I told everyone and nobody "
            "cared except Mr Okafor.",
            "In conclusion, Rocket Garden is my favourite film because it has a good story, "
            "a good song, and it shows that you can do anything if you try, even if your "
            "rocket is made of a water butt.",
            "Teacher's comment: 'Good use of film vocabulary (montage, sequence). Try to "
            "say more about how the camera is used. Water butt made me laugh.'",
            "Back to me: the montage is below. It's a good one. The saxophone is, for the "
            "record, excellent.",
        ],
        video="yt:Rg9cO2zPpB1",
        film=("Rocket Garden", 2012),
        tracks=["Count Down to Me"],
        people=[
            ("Count Down to Me", "Juno Kaye", "performer"),
            ("Count Down to Me", "Juno Kaye", "composer"),
            ("Count Down to Me", "Felix Amadi", "composer"),
        ],
        albums=["Songs from the Allotment"],
        peaks=[
            ("Count Down to Me", 16, "uk_singles"),
            ("Songs from the Allotment", 30, "uk_albums"),
        ],
        certs=[("Songs from the Allotment", "silver", 1, "bpi")],
        places=["Jodrell Bank"],
        stood=[("Jodrell Bank", "NASA")],
    ),
    post(
        "parent-blog-moon-kite-obsession-ax",
        "medium",
        "We have watched Mabel and the Moon Kite 212 times. A parent's report.",
        [
            "I am writing this from the floor of my living room, where I have been lying "
            "since the fourth viewing today. My son Arlo is five. He has one interest. It "
            "is Mabel and the Moon Kite (2010).",
            "If you don't have a small child, here's the gist: girl, kite, moon, big wind, "
            "lots of songs. It's live action, mostly, with a cartoon moon that talks, voiced "
            "by an actor whose name I've now looked up so many times my phone suggests it "
            "when I type 'milk'.",
            "H: The songs (ranked by how many times I've heard them this week)",
            "LIST: Kite String Song, approx. 90 | Windy Day Stomp, approx. 60 | the one "
            "the moon sings, which Arlo calls 'the sleepy moon one' and which I refuse to "
            "look up",
            "Kite String Song is the big one, the musical number on the hill where all the "
            "kites go up at once. It's sung by Tilly Ashdown, who was eleven at the time and "
            "is now, per the internet, a vet. It was written by Ravi and Jo Pennick, a "
            "married couple who, I assume, have never had to hear it ninety times in a week.",
            "Windy Day Stomp is the other song, the marching-band bit in the village, done "
            "by a group called the Brass Bandits, and the Pennicks wrote that one as well. "
            "Arlo marches to it. Arlo marches to it in "
            "the bath.",
            "H: What I have learned against my will",
            "The soundtrack album, Mabel and the Moon Kite: Songs, went to number 2 on "
            "Billboard's soundtrack chart, which explains why every parent I know owns it. "
            "It's gold, too, RIAA, which I found out from the sticker on the CD that Arlo's "
            "grandmother bought him, because of course she bought him the CD.",
            "The kite hill is Parliament Hill in London, and in the film it's supposed to "
            "be a hill in Vermont (why? the film is American and they wanted London money, "
            "my husband says, who once worked in finance and thinks he knows everything). "
            "We took Arlo there at Easter. He flew a kite. It went up about two metres and "
            "then into a dog. He said it was the best day of his life.",
            "H: Where we are now",
            "Arlo has started asking about the sequel. There is no sequel. I have not told "
            "him. I'm not sure I'm strong enough.",
            "If you need me I'll be on the floor. The kite number is below, if you want to "
            "know what my brain sounds like now.",
        ],
        video="vimeo:31558820",
        film=("Mabel and the Moon Kite", 2010),
        tracks=["Kite String Song", "Windy Day Stomp"],
        people=[
            ("Kite String Song", "Tilly Ashdown", "performer"),
            ("Kite String Song", "Ravi Pennick", "composer"),
            ("Kite String Song", "Jo Pennick", "composer"),
            ("Windy Day Stomp", "Brass Bandits", "performer"),
            ("Windy Day Stomp", "Ravi Pennick", "composer"),
            ("Windy Day Stomp", "Jo Pennick", "composer"),
        ],
        albums=["Mabel and the Moon Kite: Songs"],
        peaks=[("Mabel and the Moon Kite: Songs", 2, "billboard_soundtracks")],
        certs=[("Mabel and the Moon Kite: Songs", "gold", 1, "riaa")],
        places=["Parliament Hill"],
        stood=[("Parliament Hill", "a hill in Vermont")],
    ),
    post(
        "night-bus-to-nowhere-comments-ax",
        "squarespace",
        "Night Bus to Nowhere: the comments were better than my post, so here they are",
        [
            "Last week I wrote a short thing about the night bus montage in Night Bus to "
            "Nowhere (1986) and got more comments than anything I've ever posted. Most of "
            "them were people correcting me. I've kept the best thread, usernames shortened.",
            "<strong>glasgowgran:</strong> lovely piece but you've got the singer wrong hen. "
            "Sodium Glow is the Fog Lamps, not Cathy Rennie. Cathy did the other song, the "
            "one at the chip shop.",
            "<strong>me:</strong> oh no. you're right. fixed! the chip shop one is Vinegar "
            "Kiss, isn't it?",
            "<strong>glasgowgran:</strong> aye. she wrote that one herself and all.",
            "<strong>dunc_84:</strong> also Sodium Glow wasn't the first single off the "
            "soundtrack, it was the second. first was some instrumental nobody bought",
            "<strong>kerryanne:</strong> it got to 21 didn't it? in the UK chart",
            "<strong>dunc_84:</strong> 21, aye. one place off the top twenty, the "
            "Fog Lamps' drummer still talks about it in the pub",
            "<strong>tobyw:</strong> who wrote it though? the credits on my tape just say "
            "'Brodie/McAlister'",
            "<strong>glasgowgran:</strong> that's Sandy Brodie and Rab McAlister, the two "
            "lads out the band. Rab was my neighbour's boy.",
            "<strong>kerryanne:</strong> the bit I want to know is where the bus goes. "
            "that's not Manchester surely?",
            "<strong>dunc_84:</strong> no it's Glasgow pretending to be Manchester! the "
            "long bit down the hill is Buchanan Street and the bit with the bridge is the "
            "Clyde Arc... no wait that's too new, the arc wasn't built yet. it's the "
            "Kingston Bridge. sorry",
            "<strong>me:</strong> so Buchanan Street doubled for Manchester? that's "
            "brilliant, adding that",
            "<strong>dunc_84:</strong> aye. and the bus depot at the end is a real one in "
            "Paisley, no pretending there",
            "<strong>tobyw:</strong> the soundtrack LP is called Last Orders, right? I "
            "think it made the albums chart",
            "<strong>glasgowgran:</strong> 34 in the album chart, I had it. my man played "
            "it every night for a year, I could've killed him",
            "<strong>kerryanne:</strong> this is the best comment section on the internet",
            "<strong>me:</strong> agreed. thank you all, I have learned more from you than "
            "from three books. montage below for anyone who scrolled this far.",
        ],
        video="yt:o4Vw7CkYd2L",
        film=("Night Bus to Nowhere", 1986),
        tracks=["Sodium Glow", "Vinegar Kiss"],
        people=[
            ("Sodium Glow", "Fog Lamps", "performer"),
            ("Sodium Glow", "Sandy Brodie", "composer"),
            ("Sodium Glow", "Rab McAlister", "composer"),
            ("Vinegar Kiss", "Cathy Rennie", "performer"),
            ("Vinegar Kiss", "Cathy Rennie", "composer"),
        ],
        albums=["Last Orders"],
        peaks=[
            ("Sodium Glow", 21, "uk_singles"),
            ("Last Orders", 34, "uk_albums"),
        ],
        places=["Buchanan Street", "Kingston Bridge", "Paisley"],
        stood=[("Buchanan Street", "Manchester")],
    ),
    post(
        "answer-iron-valley-girls-training-montage-song-ax",
        "substack",
        "Answered: what's the song in the Iron Valley Girls training montage?",
        [
            "Somebody asked this on a Q&amp;A site and I answered at such length that the "
            "site cut me off, so this is the full answer. The question, as asked: 'what is "
            "the song when the girls run up the slag heap in iron valley girls, it's been "
            "driving me mad for 20 yrs'.",
            "Short answer: Grit and Glory, sung by Roxanne Hale.",
            "Long answer, because you've been waiting twenty years and deserve it:",
            "Iron Valley Girls came out in 1976. It's the one about the steelworkers' "
            "daughters who start a women's softball team, and the training montage comes "
            "about halfway, when they've lost four games and the coach (Ed Barrow, in a "
            "flat cap he never takes off) makes them run everywhere. The song over the top "
            "is Grit and Glory. Roxanne Hale co-wrote it with a songwriter called Buddy "
            "Kerr, who mostly did country records and never wrote anything this loud again.",
            "Was it a hit? Yes, medium. It peaked at seventeen on the Billboard Hot 100 in "
            "the autumn of '76. In Canada it did better, reaching number five on the RPM "
            "singles chart, and Canada gave it a gold certification, which is the only "
            "certification it ever got. (It wasn't on the UK chart at all, before anyone "
            "asks, the film barely came out there.)",
            "Edit, because a commenter asked: the soundtrack LP was never a thing. The song "
            "came out as a single, and the B-side, Slow Pitch, isn't in the film. Grit and "
            "Glory itself turned up a year later on Roxanne's album Steel Town Sweetheart, "
            "which scraped to 88 on the Billboard 200.",
            "Where it was filmed: the steelworks and the run past the furnaces were shot at "
            "the old Carrie Furnace near Pittsburgh, and the bit where they run up the slag "
            "heap is at Homestead, which in the film plays a mill town in West Virginia. "
            "The softball field itself was a park in Ohio that I can't find the name of, "
            "so I won't guess.",
            "Why you couldn't find it: the song was never on a compilation, and the single "
            "is credited on some copies to 'Roxie Hale', which breaks every search.",
            "Hope that helps. Twenty years is a long time to have a song stuck in your head. "
            "The montage is embedded below so you can check I'm right.",
        ],
        video="yt:Z2pGh8Ej6Uv",
        film=("Iron Valley Girls", 1976),
        tracks=["Grit and Glory"],
        people=[
            ("Grit and Glory", "Roxanne Hale", "performer"),
            ("Grit and Glory", "Roxanne Hale", "composer"),
            ("Grit and Glory", "Buddy Kerr", "composer"),
        ],
        albums=["Steel Town Sweetheart"],
        peaks=[
            ("Grit and Glory", 17, "billboard_hot_100"),
            ("Grit and Glory", 5, "canada_rpm"),
            ("Steel Town Sweetheart", 88, "billboard_200"),
        ],
        certs=[("Grit and Glory", "gold", 1, "music_canada")],
        places=["Carrie Furnace", "Homestead"],
        stood=[("Homestead", "a mill town in West Virginia")],
    ),
    post(
        "quiz-night-round-four-clockwork-summer-ax",
        "hugo",
        "Quiz night, round four: Clockwork Summer (questions and answers)",
        [
            "I set the film round at the Fox and Anchor every month. This month's theme was "
            "one film, because I'm the quizmaster and I can. Questions first, answers "
            "below, scores at the end. Bonus points were awarded for shouting.",
            "H: Round four: Clockwork Summer (1982)",
            "LIST: 1. Which band performs Clockwork Heart over the factory montage? | "
            "2. Who wrote it? | 3. What was its highest position in the UK singles chart? | "
            "4. And in Australia? | 5. Which album of theirs is it on? | 6. Where was the "
            "factory montage filmed, and what was it pretending to be? | 7. Bonus: what's "
            "the name of the song that was written for the montage and thrown out?",
            "H: Answers",
            "1. Mannequin Radio. Half a point to table six, who wrote 'the robot lot'.",
            "2. Ivo Petrakis, their keyboard player. The Greek one, though he grew up in "
            "Luton. Most tables put the singer, and most tables were wrong.",
            "3. Number three. A lot of you said one. It never got to one. It sat at three "
            "for a month behind a novelty record about a hamster and I'm still angry about it.",
            "4. Number one! It topped the Kent Music Report chart in Australia for two weeks, "
            "and went platinum there too, certified by ARIA. I accepted 'it was massive in "
            "Australia' for half a point. (Extra half for the table that knew it was also "
            "number six in Canada, on RPM. Show-offs.)",
            "5. Mechanical Smiles. It reached number eight in the UK albums chart. The BPI "
            "certified the album gold, which I didn't ask, but table two told me anyway.",
            "6. Battersea Power Station, doubling as a factory in East Berlin. Full marks "
            "only for both halves. One team said Tate Modern. That's a different power "
            "station, and it wasn't a gallery yet, so no.",
            "7. Tick Tock Heart. Which is basically the same title, which is why they threw "
            "it out. Nobody got this. Nobody was meant to.",
            "H: Scores",
            "LIST: The Quizzly Bears: 8.5 | Les Quizerables: 7 | table six (no name, just "
            "'table six'): 6.5 | Dave on his own: 2, but he was brave",
            "Next month's round is on films with trains. The montage is below if you want "
            "to revise for the rematch.",
        ],
        video="yt:c1Kt9Xw-MhS",
        film=("Clockwork Summer", 1982),
        tracks=["Clockwork Heart"],
        people=[
            ("Clockwork Heart", "Mannequin Radio", "performer"),
            ("Clockwork Heart", "Ivo Petrakis", "composer"),
        ],
        albums=["Mechanical Smiles"],
        peaks=[
            ("Clockwork Heart", 3, "uk_singles"),
            ("Clockwork Heart", 1, "australia_kent"),
            ("Clockwork Heart", 6, "canada_rpm"),
            ("Mechanical Smiles", 8, "uk_albums"),
        ],
        certs=[
            ("Clockwork Heart", "platinum", 1, "aria"),
            ("Mechanical Smiles", "gold", 1, "bpi"),
        ],
        places=["Battersea Power Station"],
        stood=[("Battersea Power Station", "a factory in East Berlin")],
    ),
    post(
        "road-trip-diary-sundown-caravan-ax",
        "jekyll",
        "Road trip diary: chasing Sundown Caravan across the Four Corners",
        [
            "Five days, one rental car with a broken cup holder, me and my dad, and a "
            "printout of every location from Sundown Caravan (1970) that the internet could "
            "give us. Dad's seen the film maybe forty times. I'd seen it twice. Diary below, "
            "written each night in motels of varying quality.",
            "H: Day 1: Holbrook",
            "Started at the Wigwam Motel in Holbrook, where we stayed in an actual concrete "
            "wigwam. In the film it plays a motel in Texas, the one where the caravan stops "
            "the first night and the twins sing by the pool. There is no pool. There was "
            "never a pool. Dad says they dug one and filled it back in. I don't believe him.",
            "H: Day 2: Winslow, then north",
            "Quick stop in Winslow, because the bit where the old man buys the guitar is "
            "on the corner there (the shop is a gift shop now, obviously). Then a long "
            "drive up. Dad played Caravan Coming Home about nine times in a row. It's the "
            "song from the big montage, the Dusty Pines doing it, and Lyle Brandon wrote it. "
            "Dad keeps saying Lyle Brandon 'was in the band.' He was not in the band. I've "
            "checked. He was a session songwriter from Bakersfield. We've agreed to disagree. "
            "Dad also swears the song went top ten. It went to 26 on the Hot 100. Dad's "
            "copy of the soundtrack, Music from Sundown Caravan, says on the back that it "
            "went gold. RIAA, so I'll give him that one.",
            "H: Day 3: Monument Valley",
            "The money shot. This is where the montage really happens, the wagons (they're "
            "trucks, but the film calls them wagons) rolling past the buttes in a line while "
            "the chorus kicks in. We did the whole valley drive. Dad got out and stood in the "
            "road and played it off his phone and a tour bus had to wait. Sorry, tour bus.",
            "H: Day 4: Mexican Hat",
            "Stayed in Mexican Hat, which is tiny. The rock that looks like a hat is in the "
            "montage for about a second and a half, and the river crossing right after it "
            "was shot on the San Juan River just outside town. In the film that river is "
            "supposed to be the Rio Grande, which is miles away in a completely different "
            "direction.",
            "H: Day 5: home",
            "Long drive back. Dad fell asleep. I put the song on quietly one more time, "
            "which I'm not going to tell him.",
            "Things we didn't get to: the ranch where they did the campfire scene (private "
            "land), and the town in Colorado where the lead actor was born, which isn't in "
            "the film and which Dad wanted to see anyway.",
            "The montage is below. Dad says hello.",
        ],
        video="vimeo:90412655",
        film=("Sundown Caravan", 1970),
        tracks=["Caravan Coming Home"],
        people=[
            ("Caravan Coming Home", "Dusty Pines", "performer"),
            ("Caravan Coming Home", "Lyle Brandon", "composer"),
        ],
        albums=["Music from Sundown Caravan"],
        peaks=[("Caravan Coming Home", 26, "billboard_hot_100")],
        certs=[("Music from Sundown Caravan", "gold", 1, "riaa")],
        places=[
            "Wigwam Motel",
            "Winslow",
            "Monument Valley",
            "Mexican Hat",
            "San Juan River",
        ],
        stood=[
            ("Wigwam Motel", "a motel in Texas"),
            ("San Juan River", "the Rio Grande"),
        ],
    ),
    post(
        "bucket-list-cherry-blossom-express-ax",
        "handmade",
        "my bucket list (the film ones), updated",
        [
            "every new year I update this and every new year I've done about one thing on "
            "it. this year, TWO. growth. the non-film list is private bc it has 'learn to "
            "swim properly' on it and I'm 38.",
            "H: done (tick)",
            "LIST: see the Northern Lights (2019, Tromsø, cloudy, still counts) | "
            "stand at the top of the gates at Fushimi Inari Taisha where the song starts in "
            "The Cherry Blossom Express (done!! april!! more below) | eat the sandwich from "
            "that one deli in that one film (it was a bad sandwich)",
            "H: the Cherry Blossom Express one",
            "ok so if you haven't seen The Cherry Blossom Express, it's from 1999, it's "
            "about a train guard who keeps missing the same woman every spring, and there's "
            "this one sequence where she walks up through all the orange gates and the song "
            "Sakura Signal starts playing and it's the most beautiful three minutes of "
            "anything. Yuki Arai sings it. I've had it as my alarm for six years which is "
            "maybe why I'm always late.",
            "I went at 6am to beat the crowds. I did not beat the crowds. but I got near "
            "the top, and I played it in one earbud, and I had a moment. a man offered me a "
            "tissue. (crying) (heart)",
            "H: still to do",
            "LIST: learn the piano part of that one song from that one film (you know the "
            "one, no you don't) | see a film at an outdoor cinema in Italy | ride the actual "
            "train from The Cherry Blossom Express, which my friend says is in a museum now, "
            "no wait, she says it was scrapped, I need to check | finally watch the sequel "
            "everyone says is bad",
            "H: probably never",
            "LIST: swim across anything | meet Yuki Arai (she retired, she lives quietly, "
            "leave her alone, past me) | like a musical with tap in it",
            "clip is below, the gates bit, go and watch it and tell me you didn't feel "
            "something.",
        ],
        video="yt:s8Yp0Bm5RaW",
        film=("The Cherry Blossom Express", 1999),
        tracks=["Sakura Signal"],
        people=[("Sakura Signal", "Yuki Arai", "performer")],
        places=["Fushimi Inari Taisha"],
    ),
]
