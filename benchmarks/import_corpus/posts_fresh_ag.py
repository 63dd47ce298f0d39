"""Round 18, set AG: twenty posts by a thirty-fourth writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    post(
        "til-gravel-saints-levee-song-ag",
        "wp_classic",
        "TIL the levee song from The Gravel Saints was written in a single afternoon",
        [
            "TIL that “Lanterns on the Levee,” the song playing over the sandbag montage in"
            " <em>The Gravel Saints</em> (1987), was knocked out in one afternoon by Delia"
            " Fonseca and Rob Kettering at Kettering's kitchen table. Source is an old"
            " liner-notes interview plus a bunch of digging on my part, because I have no life.",
            "Context for the people who haven't seen it: a parish road crew tries to save a"
            " town before the river crests. Halfway through, everybody stops arguing and starts"
            " filling sandbags, and The Marrow Pines come in on the soundtrack with that slow"
            " tambourine. It's the only part of the movie anyone remembers, honestly.",
            "Stuff I learned going down the rabbit hole:",
            "LIST: The Marrow Pines recorded it, but neither Fonseca nor Kettering was ever in"
            " the band | It got to #14 on the Billboard Hot 100 and did even better up north"
            " (number 3 on the RPM chart in Canada) | The RIAA certified it gold in 1988 | The"
            " whole montage was shot in Natchez, Mississippi, which is standing in for 1950s"
            " Baton Rouge",
            "EDIT: a few people asked about “Cotton Hymn.” Yes, the studio wanted it for the end"
            " credits, but they couldn't clear it, so it is NOT in the movie. The credits just"
            " reprise the levee song.",
            "EDIT 2: no, I don't know why the director cameos as a mailman. He was born in"
            " Shreveport, if that helps anyone.",
        ],
        video="yt:Lq4vT8mZr2E",
        film=("The Gravel Saints", 1987),
        tracks=["Lanterns on the Levee"],
        people=[
            ("Lanterns on the Levee", "Delia Fonseca", "composer"),
            ("Lanterns on the Levee", "Rob Kettering", "composer"),
            ("Lanterns on the Levee", "The Marrow Pines", "performer"),
        ],
        peaks=[
            ("Lanterns on the Levee", 14, "billboard_hot_100"),
            ("Lanterns on the Levee", 3, "canada_rpm"),
        ],
        certs=[("Lanterns on the Levee", "gold", 1, "riaa")],
        places=["Natchez"],
        stood=[("Natchez", "1950s Baton Rouge")],
    ),
    post(
        "neon-harvest-barn-dance-montage-ag",
        "gutenberg",
        "Barn Dance Montage (Neon Harvest)",
        [
            "The <strong>Barn Dance Montage</strong> is a four-minute sequence in the 1994 film"
            " <em>Neon Harvest</em>. It is widely considered the emotional center of the film"
            " and is the most-watched clip from it online.",
            "H: Overview",
            "LIST: Film: <em>Neon Harvest</em> (1994) | Length of sequence: 4:12 | Songs:"
            " “Sugar in the Radiator”, “Combine” | Filmed at: Lindsborg, Kansas | Stands in"
            " for: the fictional town of Harrow, Nebraska",
            "H: Music",
            "The sequence opens with “Sugar in the Radiator,” sung by Kit Vasquez, who co-wrote"
            " it with Harlan Oduya. Midway through (right after the truck-bed kiss) it hard-cuts"
            " to “Combine,” an instrumental by the Omaha trio Wheat Penny. The band's drummer,"
            " Sol Brandt, is credited as its sole writer.",
            "Both tracks appear on <em>Neon Harvest: Music from the Motion Picture</em>,"
            " released on Cutwater Records.",
            "H: Reception",
            "LIST: Soundtrack peak, Billboard 200: No. 22 | Soundtrack peak, Top Soundtracks:"
            " No. 5 | RIAA certification: Platinum (1996) | “Sugar in the Radiator,” Hot 100:"
            " did not chart",
            "H: Trivia",
            "LIST: Harrow does not exist; the screenwriter named it after his grandmother's"
            " dog. | Kit Vasquez was nineteen at the time of recording. | A fiddle version of"
            " “Combine” turns up among the deleted scenes on the DVD.",
        ],
        video="vimeo:284716093",
        film=("Neon Harvest", 1994),
        tracks=["Sugar in the Radiator", "Combine"],
        people=[
            ("Sugar in the Radiator", "Kit Vasquez", "performer"),
            ("Sugar in the Radiator", "Kit Vasquez", "composer"),
            ("Sugar in the Radiator", "Harlan Oduya", "composer"),
            ("Combine", "Wheat Penny", "performer"),
            ("Combine", "Sol Brandt", "composer"),
        ],
        albums=["Neon Harvest: Music from the Motion Picture"],
        peaks=[
            ("Neon Harvest: Music from the Motion Picture", 22, "billboard_200"),
            ("Neon Harvest: Music from the Motion Picture", 5, "billboard_soundtracks"),
        ],
        certs=[("Neon Harvest: Music from the Motion Picture", "platinum", 1, "riaa")],
        places=["Lindsborg"],
        stood=[("Lindsborg", "the fictional town of Harrow, Nebraska")],
    ),
    post(
        "quiet-car-reader-mailbag-ag",
        "ghost",
        "Mailbag: that train-station montage in Quiet Car",
        [
            "Welcome back to the Thursday mailbag. Three of you wrote in about the same movie"
            " this week, so the whole issue is about it. If you haven't seen <em>Quiet"
            " Car</em>, it came out in 2009, it's about a commuter who falls for the conductor,"
            " and it is better than it has any right to be.",
            "H: Q: What's the song when she misses the 6:40?",
            "That's “Transfer at Jamaica.” Odessa Lune sings it, and she wrote it with her"
            " longtime producer, Pim Achterberg. (He has a songwriting credit on it, not just a"
            " production one, which is the only reason I'm bringing him up.)",
            "H: Q: Did it chart anywhere?",
            "Modestly. It climbed to No. 31 on the UK Singles Chart, and the Irish Singles"
            " Chart had it at 9. Stateside it went nowhere, which still annoys me.",
            "H: Q: Where did they shoot the station scenes? It looks like Boston.",
            "It's meant to look like Boston. It's actually Hoboken Terminal, dressed up to play"
            " Boston's South Station, signage and all. (To the reader who guessed Philadelphia's"
            " 30th Street Station: they scouted it, but nothing was filmed there.)",
            "H: Q: And the one with the handclaps?",
            "“Mind the Gap (Between Us),” by a Jersey City band called The Lost Fares. It runs"
            " about ninety seconds and it's perfect. Their bassist, Nell Farrow, wrote it.",
            "That's it for this week. Next Thursday: the roller-rink scene in you-know-what.",
        ],
        video="yt:Hb7Xo0pWk3c",
        film=("Quiet Car", 2009),
        tracks=["Transfer at Jamaica", "Mind the Gap (Between Us)"],
        people=[
            ("Transfer at Jamaica", "Odessa Lune", "performer"),
            ("Transfer at Jamaica", "Odessa Lune", "composer"),
            ("Transfer at Jamaica", "Pim Achterberg", "composer"),
            ("Mind the Gap (Between Us)", "The Lost Fares", "performer"),
            ("Mind the Gap (Between Us)", "Nell Farrow", "composer"),
        ],
        peaks=[
            ("Transfer at Jamaica", 31, "uk_singles"),
            ("Transfer at Jamaica", 9, "other:Irish Singles Chart"),
        ],
        places=["Hoboken Terminal"],
        stood=[("Hoboken Terminal", "Boston's South Station")],
    ),
    post(
        "bonfire-weather-thread-ag",
        "blogger",
        "A thread about Bonfire Weather's beach montage, cleaned up for the blog",
        [
            "This started as a thread on my trivia account last week, and a few of you asked"
            " for it somewhere it won't vanish, so here it is, lightly edited. I kept the"
            " numbering because I'm sentimental.",
            "1/ <em>Bonfire Weather</em> came out in 1979, it lost money, and the bonfire"
            " montage is the reason anybody still talks about it.",
            "2/ The song over the driftwood-gathering part is “Kerosene Sweetheart.” Lyle"
            " Dunmore wrote it AND sang it. He'd been a session guitarist; this was his first"
            " single under his own name.",
            "3/ Chart run, since you always ask:",
            "<table border='1' cellpadding='4'><tr><th>Chart</th><th>Peak</th></tr>"
            "<tr><td>Billboard Hot 100</td><td>6</td></tr>"
            "<tr><td>Canada (RPM)</td><td>2</td></tr>"
            "<tr><td>Australia (Kent Music Report)</td><td>11</td></tr></table>",
            "4/ It went gold in Canada (Music Canada's records back this up). Not in the"
            " States, which surprises everybody, me included.",
            "5/ The second song, once the fire's lit and everyone goes quiet, is “Saltbox.” The"
            " Hennepin Twins perform it; Agnes Hennepin, the older twin by six minutes, wrote"
            " it.",
            "6/ The beach is Mendocino, California, trying very hard to pass for coastal Maine."
            " Look for the water tower in the wide shot. Dead giveaway.",
            "7/ The town in the movie is called Pell's Harbor. There is no Pell's Harbor. I"
            " checked.",
            "8/ People keep asking whether Dunmore's follow-up, “Cinder Road,” is in the movie."
            " It isn't. He wrote it two years later.",
            "/end",
        ],
        video="yt:zR9nKd2Fq_u",
        film=("Bonfire Weather", 1979),
        tracks=["Kerosene Sweetheart", "Saltbox"],
        people=[
            ("Kerosene Sweetheart", "Lyle Dunmore", "composer"),
            ("Kerosene Sweetheart", "Lyle Dunmore", "performer"),
            ("Saltbox", "The Hennepin Twins", "performer"),
            ("Saltbox", "Agnes Hennepin", "composer"),
        ],
        peaks=[
            ("Kerosene Sweetheart", 6, "billboard_hot_100"),
            ("Kerosene Sweetheart", 2, "canada_rpm"),
            ("Kerosene Sweetheart", 11, "australia_kent"),
        ],
        certs=[("Kerosene Sweetheart", "gold", 1, "music_canada")],
        places=["Mendocino"],
        stood=[("Mendocino", "coastal Maine")],
    ),
    post(
        "the-apiarist-and-the-sound-of-wax-ag",
        "medium",
        "On The Apiarist, bees, and a song I can't stop hearing",
        [
            "I want to start somewhere that will seem unrelated. When I was eleven my uncle"
            " kept bees behind a feed store in Brandon, Manitoba, and what I remember is not the"
            " honey or the stings but the sound: a low, constant, slightly sour hum you felt in"
            " your molars. I thought about that hum the entire time I was watching <em>The"
            " Apiarist</em>, which was released in 2003 and which almost no one I know has"
            " seen.",
            "The film is slow. It is about a widower who tends hives on a windswept island and"
            " barely speaks. Critics at the time called it “Bergman with pollen,” which is funny"
            " and also wrong, because Bergman was never this interested in weather.",
            "H: The montage",
            "About two-thirds of the way in, the seasons turn over the hives and the director"
            " hands the film entirely to a song. The song is “Wax and Wane.” Ines Calloway sings"
            " it, with that same sour hum in her voice, but she didn't write it; that was Theo"
            " Brandvold, a composer known mostly for church choral music, which explains why the"
            " harmonies resolve half a beat later than you expect.",
            "It comes from Calloway's third album, <em>Hexagon Hours</em>. I was surprised to"
            " learn how well that record did in Britain: number four on the albums chart there,"
            " and eventually double platinum from the BPI. In North America it was, as far as I"
            " can tell, a rumor.",
            "The album's other single, “Drone Season,” is the one people know from the radio,"
            " and I half expected it to turn up in the film. It doesn't. The director said in"
            " an interview that it was “too cheerful for bees,” which I have chosen to believe.",
            "H: The island",
            "The island is not the island the film says it is. Those cliffs are the Quiraing,"
            " on Skye, standing in for the Faroe Islands; the production apparently found the"
            " Faroes too expensive to insure. If you know the Quiraing you can tell, because the"
            " road snakes up through the frame the way no Faroese road does.",
            "I keep coming back to the hum. A song about bees that sounds like bees is a"
            " gimmick. A song that sounds like the feeling of standing near bees is something"
            " else, and that is what Brandvold and Calloway pulled off.",
        ],
        video="yt:8TgPa1VwxMn",
        film=("The Apiarist", 2003),
        tracks=["Wax and Wane"],
        people=[
            ("Wax and Wane", "Ines Calloway", "performer"),
            ("Wax and Wane", "Theo Brandvold", "composer"),
        ],
        albums=["Hexagon Hours"],
        peaks=[("Hexagon Hours", 4, "uk_albums")],
        certs=[("Hexagon Hours", "platinum", 2, "bpi")],
        places=["Quiraing"],
        stood=[("Quiraing", "the Faroe Islands")],
    ),
    post(
        "why-i-played-every-porch-light-ag",
        "squarespace",
        "Why I played a movie song for a first dance (and why you might want to)",
        [
            "Quick one from the DJ booth. Last Saturday's couple, Jen and Marcus, asked for"
            " “Every Porch Light” as their first dance, and about four different aunts came up"
            " afterward to ask where it's from. So here's the answer, once, for everybody.",
            "It's from <em>Second Dance at the Elks Lodge</em>, the 1998 one with the retired"
            " bandleader, not the TV remake. In the movie it plays over the montage where the"
            " whole town fixes up the lodge hall, and then again, slower, when the two leads"
            " finally dance.",
            "Marnie Castellan is the voice. She wrote it too, with a Nashville guy named Dewey"
            " Strand, and you can hear the Nashville in the bridge.",
            "For the numbers people (hi, Uncle Ray): it was a number one on Billboard's Adult"
            " Contemporary chart but only got to 17 on the Hot 100. The RIAA has it at"
            " platinum.",
            "Where'd they shoot it? The lodge interior is actually the ballroom of the Stanley"
            " Hotel up in Estes Park, Colorado, dressed down to look like a Wisconsin lodge"
            " hall. (Yes, that hotel. No, I don't think it's romantic either.)",
            "One thing I had to talk them out of: they wanted to walk in to “Slow Burn Sally,”"
            " because they thought it was from the same movie. It isn't; it's from a pickup"
            " truck commercial. We went with something else.",
            "If you're planning a wedding and want a song nobody's sick of yet, this is a good"
            " one. Three minutes forty, easy to sway to, makes grandparents cry. Book me.",
        ],
        video="yt:Wc3Jm6yQe0L",
        film=("Second Dance at the Elks Lodge", 1998),
        tracks=["Every Porch Light"],
        people=[
            ("Every Porch Light", "Marnie Castellan", "performer"),
            ("Every Porch Light", "Marnie Castellan", "composer"),
            ("Every Porch Light", "Dewey Strand", "composer"),
        ],
        peaks=[
            ("Every Porch Light", 1, "billboard_adult_contemporary"),
            ("Every Porch Light", 17, "billboard_hot_100"),
        ],
        certs=[("Every Porch Light", "platinum", 1, "riaa")],
        places=["Stanley Hotel"],
        stood=[("Stanley Hotel", "a Wisconsin lodge hall")],
    ),
    post(
        "low-orbit-diner-episode-notes-ag",
        "substack",
        "Episode 112: Low Orbit Diner, pie, and the loneliest montage in space",
        [
            "This week Tasha and I finally did the one you've been asking for since episode"
            " 40: <em>Low Orbit Diner</em> (2015), the movie about a short-order cook on a Mars"
            " colony. Show notes and everything we mentioned are below.",
            "H: What we talked about",
            "LIST: (00:04) Tasha's theory that the whole film is about night shifts | (00:19)"
            " the pie montage, frame by frame | (00:41) the music | (01:02) where they shot it |"
            " (01:15) listener mail",
            "H: The music",
            "The pie montage is set to “Pie Case Glow,” written and performed by Sunny"
            " Adebayo-Kline, which Tasha called “a lullaby for a vending machine” and I'm still"
            " thinking about. Later, over the closing-time cleanup, there's “Counter Stool"
            " Waltz” by The Formica Set. June Halloran wrote that one, and no, she isn't in the"
            " band.",
            "Both are on the soundtrack album, which has no fancy title; it's just the"
            " soundtrack. It peaked at number two on Billboard's soundtrack chart, the week it"
            " lost out to a superhero movie, which is a whole tangent we go on at 00:47.",
            "H: Where they shot it",
            "The diner itself is Roy's Motel and Café in Amboy, California, repainted to play"
            " “the Red Line Truck Stop, Mars.” The wide exteriors of the Martian surface are the"
            " Trona Pinnacles. I drove out to Amboy once and ate there. They do not, sadly,"
            " serve pie.",
            "H: Corrections from last week",
            "Listener Dale points out that “Gravity Coffee,” which I said was in the jukebox"
            " scene, is only in the trailer. Thanks, Dale. You're right and I hate it.",
        ],
        video="yt:pD5uGv-7HsA",
        film=("Low Orbit Diner", 2015),
        tracks=["Pie Case Glow", "Counter Stool Waltz"],
        people=[
            ("Pie Case Glow", "Sunny Adebayo-Kline", "composer"),
            ("Pie Case Glow", "Sunny Adebayo-Kline", "performer"),
            ("Counter Stool Waltz", "The Formica Set", "performer"),
            ("Counter Stool Waltz", "June Halloran", "composer"),
        ],
        albums=["Low Orbit Diner soundtrack"],
        peaks=[("Low Orbit Diner soundtrack", 2, "billboard_soundtracks")],
        places=["Roy's Motel and Café", "Trona Pinnacles"],
        stood=[
            ("Roy's Motel and Café", "the Red Line Truck Stop, Mars"),
            ("Trona Pinnacles", "the Martian surface"),
        ],
    ),
    post(
        "paper-routes-class-notes-ag",
        "hugo",
        "Film Studies 11, week 6 notes: the paper-route montage",
        [
            "Notes for Tuesday's class. If you were out sick, read these before Thursday's"
            " quiz. If you were in class and didn't take notes, also read these.",
            "H: The film",
            "<em>Paper Routes</em> (1985). Coming-of-age story: three kids, one summer, a"
            " newspaper strike. We watched the first forty minutes on Monday and the montage"
            " today. The director, Walt Ambrose, was a newspaper carrier himself, which is why"
            " the bag-folding looks right.",
            "H: What a montage does",
            "Remember the three jobs we talked about: it compresses time, it shows change, and"
            " it lets the music do the talking. In this one, the kids' route grows from six"
            " houses to sixty in about two minutes of screen time.",
            "H: The song",
            "LIST: Title: “Fold and Toss” | Performed by: Gil Marchetti | Written by: Gil"
            " Marchetti and Rosalind Oyelaran (she also scored the film, which is why the"
            " melody comes back in the strings at the end) | Best US chart position: No. 23,"
            " Billboard Hot 100 | In Canada it did better, eighth on the RPM singles chart",
            "Someone asked whether the song was written for the movie. It was. Marchetti had a"
            " bigger hit the year before, but that one is not in the film, so don't put it on"
            " your quiz.",
            "H: Where it was filmed",
            "Most of the neighborhood scenes were shot in Ferndale, California, which stands in"
            " for a suburb of Detroit. Why there? Victorian houses, cheap permits, and (my guess)"
            " the crew liked the coast. Bonus confusion: there's also a Ferndale in Michigan,"
            " but the crew never went near it.",
            "H: For Thursday",
            "LIST: Be able to name the song and who sings it | Explain one thing the montage"
            " compresses | Bring a montage from a movie of your choice (school-appropriate,"
            " please)",
        ],
        video="yt:kN2eR4tYb9Z",
        film=("Paper Routes", 1985),
        tracks=["Fold and Toss"],
        people=[
            ("Fold and Toss", "Gil Marchetti", "performer"),
            ("Fold and Toss", "Gil Marchetti", "composer"),
            ("Fold and Toss", "Rosalind Oyelaran", "composer"),
        ],
        peaks=[
            ("Fold and Toss", 23, "billboard_hot_100"),
            ("Fold and Toss", 8, "canada_rpm"),
        ],
        places=["Ferndale"],
        stood=[("Ferndale", "a suburb of Detroit")],
    ),
    post(
        "hiking-to-the-long-scree-ridge-ag",
        "jekyll",
        "I hiked the ridge from The Long Scree (and played the song at the top)",
        [
            "Trip report: Angels Landing, Zion National Park, mid-October, permit lottery won"
            " on the second try. I'm writing it up mostly because of a movie.",
            "If you haven't seen <em>The Long Scree</em> (2011), the big moment is a climbing"
            " montage where two brothers inch up a knife-edge ridge that, in the story, is"
            " somewhere in the Andes. That ridge is Angels Landing playing the Andes. They shot"
            " the summit stuff right on the chains section, and the big valley shots from"
            " Observation Point across the canyon.",
            "The song on that montage is “Cairn,” by Whitby Lane. Two of the band, Josh Tamaki"
            " and Freya Lindqvist, wrote it. I had it downloaded because there's no signal up"
            " there, and yes, I played it at the top, quietly, to the annoyance of exactly one"
            " chipmunk.",
            "Chart-nerd aside: it got as high as No. 38 on Billboard's Mainstream Rock chart,"
            " which for a song with a banjo in it is kind of amazing.",
            "H: Logistics",
            "We stayed in Springdale, parked at the visitor center, and took the shuttle to the"
            " Grotto stop. Start early. The chains are not for anyone with vertigo, and the movie"
            " makes it look easier than it is, because the movie had a stunt team.",
            "The other song people associate with the film, “Switchback Prayer,” is only in"
            " the trailer. I looked for the spot where it would've played and there isn't one.",
            "Would I do it again? Yes. With a film crew and forty pounds of camera gear?"
            " Absolutely not.",
        ],
        video="vimeo:417203958",
        film=("The Long Scree", 2011),
        tracks=["Cairn"],
        people=[
            ("Cairn", "Whitby Lane", "performer"),
            ("Cairn", "Josh Tamaki", "composer"),
            ("Cairn", "Freya Lindqvist", "composer"),
        ],
        peaks=[("Cairn", 38, "billboard_mainstream_rock")],
        places=["Angels Landing", "Observation Point"],
        stood=[("Angels Landing", "the Andes")],
    ),
    post(
        "velvet-intermission-first-pressing-ag",
        "handmade",
        "My copy of the Velvet Intermission soundtrack (first pressing!)",
        [
            "Finally found it. A first pressing of the <em>Velvet Intermission</em> soundtrack"
            " on Pallisade Records, gatefold, the orange label with the little usher logo. Paid"
            " eleven dollars at an estate sale in Kenosha. The seller thought it was a Broadway"
            " cast album.",
            "For those who don't know the movie: <em>Velvet Intermission</em> came out in 1976,"
            " same year as the record, and it's the one with the projectionist who falls in love"
            " over the course of one long double feature. The montage where the old theater gets"
            " restored is the scene everybody remembers.",
            "The album's full title is <em>Velvet Intermission (Original Soundtrack"
            " Recording)</em>. Here are the two songs from that montage and what the sleeve"
            " says about them:",
            "<table border='1' cellpadding='3'><tr><th>Side</th><th>Song</th><th>Sung"
            " by</th><th>Written by</th></tr><tr><td>A1</td><td>(Meet Me) Under the"
            " Marquee</td><td>Carmen Delacroix-Wynn</td><td>Sid Feld</td></tr><tr><td>B3</td>"
            "<td>Popcorn Static</td><td>The Reelmen</td><td>Ollie Grant, Ray"
            " Szymanski</td></tr></table>",
            "The A-side opener is the one playing while they scrape the old paint off the"
            " ceiling. The B-side cut kicks in when the marquee lights come back on.",
            "Chart stuff, from the hype sticker and my own digging: the record got to number 19"
            " on the Billboard 200 and number 7 in Canada on RPM, and went gold with the RIAA."
            " The sticker also says “platinum in Australia,” but that turns out to be a"
            " different Pallisade album; they reused stickers. So no.",
            "Where they filmed it: the theater is the Orpheum Theatre in Vancouver, dressed up"
            " as a Manhattan picture palace. I went in 2015 for a symphony concert and stared at"
            " that ceiling the whole time.",
            "Condition: VG+ vinyl, VG sleeve with a little ring wear. It's not going anywhere.",
        ],
        video="yt:Xf6Ha8LcQ1o",
        film=("Velvet Intermission", 1976),
        tracks=["(Meet Me) Under the Marquee", "Popcorn Static"],
        people=[
            ("(Meet Me) Under the Marquee", "Carmen Delacroix-Wynn", "performer"),
            ("(Meet Me) Under the Marquee", "Sid Feld", "composer"),
            ("Popcorn Static", "The Reelmen", "performer"),
            ("Popcorn Static", "Ollie Grant", "composer"),
            ("Popcorn Static", "Ray Szymanski", "composer"),
        ],
        albums=["Velvet Intermission (Original Soundtrack Recording)"],
        peaks=[
            (
                "Velvet Intermission (Original Soundtrack Recording)",
                19,
                "billboard_200",
            ),
            ("Velvet Intermission (Original Soundtrack Recording)", 7, "canada_rpm"),
        ],
        certs=[
            ("Velvet Intermission (Original Soundtrack Recording)", "gold", 1, "riaa")
        ],
        places=["Orpheum Theatre"],
        stood=[("Orpheum Theatre", "a Manhattan picture palace")],
    ),
    post(
        "tall-grass-county-filmed-in-pella-ag",
        "wp_classic",
        "Yes, they really filmed Tall Grass County right here in Pella",
        [
            "Every spring during Tulip Time somebody asks me whether it's true that a Hollywood"
            " movie was filmed on our square. It is. <em>Tall Grass County</em>, 1991, and I was"
            " an extra (third from the left in the bakery line, blink and you'll miss me).",
            "The story is set in Holland. The real one. Pella stood in for a Dutch village,"
            " which, if you've ever been here, you'll understand was not a stretch. They floated"
            " fake barges on the Molengracht for the market scenes, and nobody in town has ever"
            " let it go.",
            "The montage everyone remembers, the market-day one with the bicycles, is set to"
            " “Tulip Weather” by Greta Vos. She wrote it herself, and I'm told she recorded it in"
            " one take in a church in Des Moines, though that might be a Pella legend.",
            "It was a small hit: it topped out at number 44 on the Billboard Hot 100 the summer"
            " the movie came out. My aunt bought four copies, so you're welcome, Greta.",
            "Now, the windmill. People will tell you the Vermeer Windmill is in the movie. It"
            " is not; it wasn't even finished until 2002. What you see behind the bicycles is a"
            " painted backdrop.",
            "There's a second song, “Klompen Shuffle,” over the end credits. The Dutch Treats, a"
            " polka band out of Orange City, played it, and their accordion player, Hank Vander"
            " Zee, wrote it.",
            "If you come visit, the bakery is still there. Ask for the almond boats and tell"
            " them the extra sent you.",
        ],
        video="yt:mV0sB3iJu7g",
        film=("Tall Grass County", 1991),
        tracks=["Tulip Weather", "Klompen Shuffle"],
        people=[
            ("Tulip Weather", "Greta Vos", "performer"),
            ("Tulip Weather", "Greta Vos", "composer"),
            ("Klompen Shuffle", "The Dutch Treats", "performer"),
            ("Klompen Shuffle", "Hank Vander Zee", "composer"),
        ],
        peaks=[("Tulip Weather", 44, "billboard_hot_100")],
        places=["Pella", "Molengracht"],
        stood=[("Pella", "a Dutch village")],
    ),
    post(
        "blue-line-sunday-pond-montage-ag",
        "gutenberg",
        "Blue Line Sunday and the best pond-hockey montage ever made",
        [
            "I'll die on this hill: the pond-hockey montage in <em>Blue Line Sunday</em> is the"
            " best sports montage in Canadian film, and it's not close. The movie came out in"
            " 2006, it played in about nine theatres outside Manitoba, and it deserved better.",
            "H: Where",
            "The outdoor rink scenes were shot in Selkirk, half an hour north of the city, and"
            " Selkirk plays a small Saskatchewan farm town. The city scenes, the ones that are"
            " supposed to be Toronto, are at The Forks, right here in Winnipeg. You can skate the"
            " river trail there in February and it looks exactly the same.",
            "H: What's playing",
            "Two songs, back to back. First “Frozen Pond Anthem” by The Kildonan Lights, a"
            " local band (Mara Szabo wrote it; she's still teaching piano in St. Vital, last I"
            " heard). Then, as the kid scores, it swells into “Hat Trick Heart,” which Devon"
            " Achebe-Roy both wrote and sang.",
            "H: How they did",
            "The second of those was a genuine hit. It went to number 8 on the Canadian Hot 100"
            " and was certified double platinum by Music Canada. The Kildonan Lights' song"
            " didn't chart at all, which is a crime.",
            "Both songs are on <em>Blue Line Sunday: Songs from the Film</em>, which you can"
            " still find at the folk festival merch tent if you're lucky.",
            "And the locker-room singalong? That's the cast mangling a camp song. It isn't on"
            " anything, so don't go looking.",
        ],
        video="vimeo:195530472",
        film=("Blue Line Sunday", 2006),
        tracks=["Frozen Pond Anthem", "Hat Trick Heart"],
        people=[
            ("Frozen Pond Anthem", "The Kildonan Lights", "performer"),
            ("Frozen Pond Anthem", "Mara Szabo", "composer"),
            ("Hat Trick Heart", "Devon Achebe-Roy", "composer"),
            ("Hat Trick Heart", "Devon Achebe-Roy", "performer"),
        ],
        albums=["Blue Line Sunday: Songs from the Film"],
        peaks=[("Hat Trick Heart", 8, "other:Canadian Hot 100")],
        certs=[("Hat Trick Heart", "platinum", 2, "music_canada")],
        places=["Selkirk", "The Forks"],
        stood=[
            ("Selkirk", "a small Saskatchewan farm town"),
            ("The Forks", "Toronto"),
        ],
    ),
    post(
        "harbor-lights-out-foghorn-anniversary-ag",
        "ghost",
        "Forty years of “Foghorn Serenade”",
        [
            "I was nine the first time I saw <em>Harbor Lights Out</em>, on a rented VHS with a"
            " tracking problem, and I've been chasing the feeling of its harbor montage ever"
            " since. The film is from 1982, so it's past forty now. Here's a small appreciation,"
            " heavy on the song.",
            "The song is “Foghorn Serenade,” credited to Pearl Okonjo &amp; The Tidewaters."
            " People assume it's an old sea song they covered. It isn't: the melody sounds a"
            " hundred years old, but Lou Brancato wrote the whole thing, words and music, in 1981"
            " for the film.",
            "Oddly, it did better in Europe than at home. The single reached number 12 in the"
            " UK and number 27 in West Germany, and the BPI gave it a silver disc. In the US it"
            " stalled just outside the Hot 100, which I've never understood.",
            "H: Where's that harbor?",
            "Not Cornwall, though that's where the story is set. The harbor is Lunenburg, Nova"
            " Scotia, its red-and-ochre waterfront standing in for a Cornish fishing village."
            " The crew also scouted Peggy's Cove, but the lighthouse was too recognizable and"
            " they never shot a frame there.",
            "H: The flip side",
            "If you find the 7-inch, flip it. The B-side, “Low Tide Letters,” isn't in the"
            " movie, but it's lovely, and Pearl wrote that one herself.",
            "Anyway. Put it on tonight. Wait for the foghorn.",
        ],
        video="vimeo:338861027",
        film=("Harbor Lights Out", 1982),
        tracks=["Foghorn Serenade"],
        people=[
            ("Foghorn Serenade", "Pearl Okonjo & The Tidewaters", "performer"),
            ("Foghorn Serenade", "Lou Brancato", "composer"),
        ],
        peaks=[
            ("Foghorn Serenade", 12, "uk_singles"),
            ("Foghorn Serenade", 27, "germany_media_control"),
        ],
        certs=[("Foghorn Serenade", "silver", 1, "bpi")],
        places=["Lunenburg"],
        stood=[("Lunenburg", "a Cornish fishing village")],
    ),
    post(
        "my-dads-favorite-road-movie-ag",
        "blogger",
        "Dad's favorite movie, and the song he sang in the truck for thirty years",
        [
            "My dad passed in March. Going through his things I found a cassette with “MILE 90"
            " / SLOW LANE” written on it in his handwriting, and I sat in the garage and cried,"
            " and then I went down a research hole, because that's what I do. This is for him.",
            "The movie is <em>The Slow Lane</em>. It came out in 1974, the year he bought his"
            " first truck, and he saw it at the drive-in in Tulsa on a date with my mother. (She"
            " says it was a terrible date. He said it was the best night of his life. Both can be"
            " true.)",
            "The song he always sang is “Mile Marker Ninety.” That's Hap Collier singing, and"
            " it turns out Hap wrote it with his wife, Bonnie Collier. It plays over the montage"
            " where the trucker drives all night across the desert.",
            "It was a big country hit (number 3 on Billboard's Hot Country Singles chart) and"
            " crossed over, sort of, to number 29 on the Hot 100.",
            "The flip side of that single is “Turnpike Tears,” and I had no idea it was in the"
            " movie too until I rewatched it: it's on the jukebox in the diner scene for maybe"
            " twenty seconds. Hap sings that one as well, and he wrote it alone.",
            "The desert in the montage is around Seligman, Arizona, on old Route 66, standing"
            " in for the Texas panhandle. Dad always said it didn't look like Texas. He was"
            " right. He was usually right about roads.",
            "I'm going to drive out there this summer with the cassette. I'll report back.",
        ],
        video="yt:Ts1qE9wKd4P",
        film=("The Slow Lane", 1974),
        tracks=["Mile Marker Ninety", "Turnpike Tears"],
        people=[
            ("Mile Marker Ninety", "Hap Collier", "performer"),
            ("Mile Marker Ninety", "Hap Collier", "composer"),
            ("Mile Marker Ninety", "Bonnie Collier", "composer"),
            ("Turnpike Tears", "Hap Collier", "performer"),
            ("Turnpike Tears", "Hap Collier", "composer"),
        ],
        peaks=[
            ("Mile Marker Ninety", 3, "other:Hot Country Singles"),
            ("Mile Marker Ninety", 29, "billboard_hot_100"),
        ],
        places=["Seligman"],
        stood=[("Seligman", "the Texas panhandle")],
    ),
    post(
        "lockstep-metronome-girl-breakdown-ag",
        "medium",
        "Why the Lockstep warehouse montage still slaps: a bar-by-bar breakdown",
        [
            "There are dance montages, and then there is the warehouse sequence in"
            " <em>Lockstep</em> (2013). If you were online that year you could not escape it,"
            " and you could not escape the song under it either.",
            "H: The track",
            "“Metronome Girl” is credited to Kessler Vane featuring Aya Moreau. Vane built the"
            " beat and Moreau sings the hook; the songwriting credit goes to the two of them plus"
            " Tobias Rennick, who came up with that descending piano line.",
            "H: Bars 1 to 16",
            "The montage opens on the count-in: four clicks, then the kick. The editor cuts on"
            " every second beat for the first eight bars and on every beat for the next eight,"
            " so the film speeds up without the tempo changing. It's a cheap trick and it works"
            " every time.",
            "H: The hook",
            "When Moreau comes in, the camera finally stops moving. That's the whole secret of"
            " the sequence: the frame goes still exactly when the voice arrives.",
            "H: The numbers, since people always ask",
            "LIST: UK Singles Chart: 1 (four weeks) | Germany (Media Control): 1 | ARIA Singles"
            " Chart: 2 | Billboard Hot 100: 4 | ARIA: 3&#215; platinum | BPI: 2&#215; platinum |"
            " BVMI: gold",
            "You'll also find it on <em>Lockstep (Music from the Film)</em>, but honestly the"
            " single edit is better; the album version has a long intro the film wisely skips.",
            "H: Where",
            "That warehouse is Michigan Central Station in Detroit, before the renovation,"
            " standing in for an abandoned Berlin train depot. Which is funny, given the song"
            " went to number one in Germany and presumably some Germans noticed.",
        ],
        video="yt:aG7yZ2nOe5R",
        film=("Lockstep", 2013),
        tracks=["Metronome Girl"],
        people=[
            ("Metronome Girl", "Kessler Vane", "performer"),
            ("Metronome Girl", "Aya Moreau", "performer"),
            ("Metronome Girl", "Kessler Vane", "composer"),
            ("Metronome Girl", "Aya Moreau", "composer"),
            ("Metronome Girl", "Tobias Rennick", "composer"),
        ],
        albums=["Lockstep (Music from the Film)"],
        peaks=[
            ("Metronome Girl", 1, "uk_singles"),
            ("Metronome Girl", 1, "germany_media_control"),
            ("Metronome Girl", 2, "other:ARIA Singles Chart"),
            ("Metronome Girl", 4, "billboard_hot_100"),
        ],
        certs=[
            ("Metronome Girl", "platinum", 3, "aria"),
            ("Metronome Girl", "platinum", 2, "bpi"),
            ("Metronome Girl", "gold", 1, "bvmi"),
        ],
        places=["Michigan Central Station"],
        stood=[("Michigan Central Station", "an abandoned Berlin train depot")],
    ),
    post(
        "staff-pick-tilt-a-whirl-midway-girls-ag",
        "squarespace",
        "Staff pick: The Midway Girls, and the carnival montage that sold their record",
        [
            "This month's staff pick comes from Priya at the register, who would like everyone"
            " to know she has been right about The Midway Girls since 2000.",
            "If you've been in the shop lately you've heard <em>Ring Toss</em>, their second"
            " album, on the turntable by the door. Its best-known song, “Cotton Candy Fuse,” got"
            " a second life when it scored the midway montage in <em>Tilt-a-Whirl</em> (2001),"
            " and the album climbed to number 61 on the Billboard 200 off the back of that. Not"
            " huge. Huge for them.",
            "Sasha Pruitt, who plays guitar in the band, wrote it on a Casio in her parents'"
            " basement. Listen for the Casio; it's there.",
            "The film's other needle drop is “Hush Now, Li'l Carny,” sung by Old Dutch Tobin."
            " His son, Ezra Tobin, wrote it, which is sweet. We have exactly one copy of that 45"
            " in the singles bin, for anyone who wants to fight over it.",
            "Where they shot the carnival: the Santa Cruz Beach Boardwalk, dressed up as a New"
            " Jersey boardwalk. Priya went last summer and reports the corn dogs are still"
            " great. (Coney Island gets name-checked in the script, but not one frame was shot"
            " there.)",
            "<em>Ring Toss</em> is $24 new on vinyl. Come in, tell us you read this, and we'll"
            " throw in a tote.",
        ],
        video="yt:Qj4cU6rMv8x",
        film=("Tilt-a-Whirl", 2001),
        tracks=["Cotton Candy Fuse", "Hush Now, Li'l Carny"],
        people=[
            ("Cotton Candy Fuse", "The Midway Girls", "performer"),
            ("Cotton Candy Fuse", "Sasha Pruitt", "composer"),
            ("Hush Now, Li'l Carny", "Old Dutch Tobin", "performer"),
            ("Hush Now, Li'l Carny", "Ezra Tobin", "composer"),
        ],
        albums=["Ring Toss"],
        peaks=[("Ring Toss", 61, "billboard_200")],
        places=["Santa Cruz Beach Boardwalk"],
        stood=[("Santa Cruz Beach Boardwalk", "a New Jersey boardwalk")],
    ),
    post(
        "static-bloom-music-supervisor-qa-ag",
        "substack",
        "Five questions for the woman who picked the songs in Static Bloom",
        [
            "This week's letter is a short interview. Renata Vukovic was the music supervisor"
            " on <em>Static Bloom</em> (2019), the small-town radio movie a lot of you wrote in"
            " about after it hit streaming. We talked by phone; this is condensed.",
            "H: How did you land on the song for the greenhouse montage?",
            "“The director had a temp track that didn't work at all. I'd been listening to"
            " Hollis Mbeki's demos for a year, and ‘Lilac Interference’ was just sitting there."
            " Hollis wrote it with Caro Lindgren, and Hollis sings it. We dropped it in and"
            " everybody in the room went quiet.”",
            "H: Was there a runner-up?",
            "“We had ‘Petal Drift’ on the timeline for about a week. Lovely song, but it's not"
            " in the movie, and I'm glad, because it would have been too on the nose.”",
            "H: And the second song, over the radio-tower scene?",
            "“That's Greywater Choir, ‘Dial Tone Heart.’ Their singer, Anders Oyelowo, wrote it"
            " back in 2012 and never did anything with it. I begged.”",
            "H: Did you expect the chart success?",
            "“No! ‘Lilac’ went top ten in Canada. It peaked at six on the Canadian Hot 100, and"
            " Music Canada gave it a gold plaque. It's hanging in my kitchen.”",
            "H: Where did they shoot the town?",
            "“Fort Langley, out in the Fraser Valley. It's playing a Vermont town, and people"
            " from Vermont have told me it fooled them.”",
            "Thanks to Renata for her time. <em>Static Bloom</em> is streaming now; the"
            " greenhouse scene is about fifty minutes in.",
        ],
        video="yt:Eo9Lk1hSf3W",
        film=("Static Bloom", 2019),
        tracks=["Lilac Interference", "Dial Tone Heart"],
        people=[
            ("Lilac Interference", "Hollis Mbeki", "composer"),
            ("Lilac Interference", "Caro Lindgren", "composer"),
            ("Lilac Interference", "Hollis Mbeki", "performer"),
            ("Dial Tone Heart", "Greywater Choir", "performer"),
            ("Dial Tone Heart", "Anders Oyelowo", "composer"),
        ],
        peaks=[("Lilac Interference", 6, "other:Canadian Hot 100")],
        certs=[("Lilac Interference", "gold", 1, "music_canada")],
        places=["Fort Langley"],
        stood=[("Fort Langley", "a Vermont town")],
    ),
    post(
        "corn-maze-midnight-rewatch-ag",
        "hugo",
        "Midnight Movie Club: Corn Maze Midnight (1989)",
        [
            "This month's club pick was <em>Corn Maze Midnight</em>, the 1989 slasher nobody"
            " remembers except the six of us and one guy on Letterboxd with 4,000 reviews."
            " Verdict: two stars for the killer, five for the montage.",
            "H: The montage",
            "Before anybody gets stabbed, there's a three-minute sequence where the teens build"
            " the maze: hauling hay bales, painting signs, someone falling off a tractor. It's"
            " scored to “Scarecrow Shuffle” by The Hollow Stalks, and it is the single most"
            " joyful thing in any horror movie I've seen.",
            "A little digging: the song was written by Buck Ardenne, who produced a handful of"
            " Sacramento bands in the eighties, The Hollow Stalks among them. The single crept up"
            " to number seventy-one on the Hot 100, which for a song about a dancing scarecrow"
            " is pretty good.",
            "H: The location",
            "It was shot on a farm outside Lodi, which plays rural Iowa. You can tell it's"
            " California because the sky is too blue and there are no mosquitoes. (Dev grew up"
            " in Ames and was personally offended.)",
            "H: What's NOT in it",
            "The VHS cover advertises a second Hollow Stalks song, “Husk.” It is not in the"
            " film. We watched the credits twice. The VHS cover lies.",
            "H: Next month",
            "Something with a roller rink. Bring snacks.",
        ],
        video="vimeo:502194736",
        film=("Corn Maze Midnight", 1989),
        tracks=["Scarecrow Shuffle"],
        people=[
            ("Scarecrow Shuffle", "The Hollow Stalks", "performer"),
            ("Scarecrow Shuffle", "Buck Ardenne", "composer"),
        ],
        peaks=[("Scarecrow Shuffle", 71, "billboard_hot_100")],
        places=["Lodi"],
        stood=[("Lodi", "rural Iowa")],
    ),
    post(
        "rue-sainte-nuit-staircase-montage-ag",
        "jekyll",
        "Rewatch diary: Rue Sainte-Nuit and the moving-day montage",
        [
            "Rewatch number, what, six? <em>Rue Sainte-Nuit</em> came out in 2008, I was"
            " twenty-two, and I lived on a street exactly like that one. This time I paid"
            " attention to the music and the locations, because a reader asked.",
            "H: The songs",
            "Two songs play over the moving-day montage (July 1st, of course, because"
            " Montreal). The first is “Escalier extérieur” by Lucie Brassard-Okafor, who wrote"
            " it with her brother, Étienne Brassard. The second comes in when the couch gets"
            " stuck on the staircase: “Le Déménageur,” by Les Faux Frères, written by their"
            " drummer, Mathieu Cloutier.",
            "I used to think both were on Lucie's album <em>Balcons</em>. Wrong: only the first"
            " one is. The Faux Frères song came out on its own as a single.",
            "<em>Balcons</em> did surprisingly well outside Quebec, too. It reached number 3 on"
            " the Canadian Albums Chart, and Music Canada certified it gold.",
            "H: The streets",
            "I walked it this weekend with screenshots on my phone. Everyone says the montage"
            " was shot on Rue Saint-Hubert; it wasn't. It's Rue de Bullion, between Rachel and"
            " Marie-Anne, standing in for Montmartre, which is a stretch with all those outdoor"
            " staircases, but fine.",
            "The last shot, up on the roof, is in the Old Port, standing in for Marseille. That"
            " one I believe.",
            "Next rewatch: probably never. Okay, probably August.",
        ],
        video="yt:uY3bN5pCz6D",
        film=("Rue Sainte-Nuit", 2008),
        tracks=["Escalier extérieur", "Le Déménageur"],
        people=[
            ("Escalier extérieur", "Lucie Brassard-Okafor", "performer"),
            ("Escalier extérieur", "Lucie Brassard-Okafor", "composer"),
            ("Escalier extérieur", "Étienne Brassard", "composer"),
            ("Le Déménageur", "Les Faux Frères", "performer"),
            ("Le Déménageur", "Mathieu Cloutier", "composer"),
        ],
        albums=["Balcons"],
        peaks=[("Balcons", 3, "other:Canadian Albums Chart")],
        certs=[("Balcons", "gold", 1, "music_canada")],
        places=["Rue de Bullion", "Old Port"],
        stood=[("Rue de Bullion", "Montmartre"), ("Old Port", "Marseille")],
    ),
    post(
        "surf-rocket-fan-page-ag",
        "handmade",
        "SURF ROCKET (1964) - my tribute page",
        [
            "Welcome to my page about <b>Surf Rocket</b>, the greatest beach movie of 1964 and"
            " maybe of all time!! I have seen it 31 times. Sign my guestbook!",
            "<b>THE SONGS</b>",
            "LIST: “Rocket Ride” - The Tiki Swells (written by Danny Ferrante &amp; Lou Ostrow)"
            " - this is the one over the big surfing montage!! | “Wait for the Wave...” -"
            " Connie Starr (she wrote it herself) - plays when Skip sits out past the break at"
            " sunset | “Moonlight Luau” - NOT in the movie, it's on the LP but got cut from the"
            " film, don't email me about it",
            "<b>CHART FACTS</b>",
            "“Rocket Ride” went all the way to #9 on Billboard's Hot 100 and #5 in England!!"
            " Connie's song only made the forties somewhere, I can't find the exact number,"
            " sorry.",
            "The LP is <i>Music from Surf Rocket</i> on Breaker Records, and both songs are on"
            " it. My copy is scratched but it plays.",
            "<b>WHERE THEY FILMED IT</b>",
            "All the surfing was filmed at Leo Carrillo State Beach in Malibu, which in the"
            " movie is supposed to be Hawaii (the palm trees were FAKE, brought in on trucks!!)."
            " The luau scene was at Paradise Cove. I went to Paradise Cove in 1999 and it looks"
            " the same.",
            "This page best viewed in Netscape at 800x600.",
        ],
        video="yt:Ri8Wq0gTa2K",
        film=("Surf Rocket", 1964),
        tracks=["Rocket Ride", "Wait for the Wave..."],
        people=[
            ("Rocket Ride", "The Tiki Swells", "performer"),
            ("Rocket Ride", "Danny Ferrante", "composer"),
            ("Rocket Ride", "Lou Ostrow", "composer"),
            ("Wait for the Wave...", "Connie Starr", "performer"),
            ("Wait for the Wave...", "Connie Starr", "composer"),
        ],
        albums=["Music from Surf Rocket"],
        peaks=[
            ("Rocket Ride", 9, "billboard_hot_100"),
            ("Rocket Ride", 5, "uk_singles"),
        ],
        places=["Leo Carrillo State Beach", "Paradise Cove"],
        stood=[("Leo Carrillo State Beach", "Hawaii")],
    ),
]
