"""Round 14, set Y: twenty posts by a twenty-sixth writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    # 1. A tugboat captain.
    post(
        "wheelhouse-slack-water-hymn-y",
        "wp_classic",
        "From the wheelhouse: the barge scene in Slack Water Hymn",
        [
            "Thirty-one years pushing scows up and down the harbour and I have seen exactly one"
            " film that gets a tow line right. That is <em>Slack Water Hymn</em>, the 1994 picture"
            " Garrick Olmstead directed, and the reason I'm writing is the three minutes in the"
            " middle where nobody talks and the tug just leans into a loaded barge at first light.",
            "The story, for what it's worth, takes place in Liverpool, and the script never lets"
            " you forget it; every second line is about the Mersey. None of it was shot in England."
            " The crew went to the Kill Van Kull, the tidal strait between Staten Island and New"
            " Jersey, and that stretch of water plays the Mersey for the whole picture.",
            "The music over the sequence is “Harbour Lights Don't Lie.” The Ropewalk Saints play"
            " it: four lads from Cork, which is where the accent comes from. Odile Brennan wrote"
            " the tune. The words came later, from Cass Meriwether, who I'm told had never been on"
            " a boat.",
            "It did better than a sea song has any right to. The single climbed to number"
            " twenty-three on the <strong>Billboard Hot 100</strong> that autumn, which my"
            " deckhand still refuses to believe.",
            "What you won't hear in the film is “Tide Tables,” the Saints' other song that"
            " everybody thinks is in there. It's on the band's own record, not on the soundtrack."
            " I checked, with the DVD on and the VHF off.",
            "Now the seamanship. That tug is a single-screw boat, too small for the barge, and the"
            " ebb would have pushed her sideways. Still, the way the camera sits low on the fender,"
            " looking up the hawser, is the truest thing I've seen on a screen.",
        ],
        video="yt:Tg7bQx2LmWa",
        film=("Slack Water Hymn", 1994),
        tracks=["Harbour Lights Don't Lie"],
        people=[
            ("Harbour Lights Don't Lie", "The Ropewalk Saints", "performer"),
            ("Harbour Lights Don't Lie", "Odile Brennan", "composer"),
            ("Harbour Lights Don't Lie", "Cass Meriwether", "composer"),
        ],
        peaks=[("Harbour Lights Don't Lie", 23, "billboard_hot_100")],
        places=["Kill Van Kull"],
        stood=[("Kill Van Kull", "the Mersey")],
    ),
    # 2. A school caretaker.
    post(
        "caretakers-corner-boiler-room-waltz-y",
        "gutenberg",
        "Caretaker's corner: floors, boilers and The Boiler Room Waltz",
        [
            "Half-term, so the corridors are empty and I've finally had time to write up the film"
            " the sixth-formers keep quoting at me. <em>The Boiler Room Waltz</em> came out in"
            " 1987. I first watched it on a rented tape in 1991, which is why I always get the"
            " year wrong.",
            "H: The floor-polishing bit",
            "Everybody remembers the montage: Mr. Tibbs (Harlan Voss) buffing the gym floor in"
            " figure-eights while the pupils file past. The song under it is “Polish It Up (Till It"
            " Shines)”. Dessa Fairlie sings it. She didn't write it, though; her brother Merrick"
            " Fairlie did, with a session pianist called Lon Abernathy.",
            "Over here it went as high as ninth on the UK singles chart, and the BPI gave it a"
            " silver disc the same spring.",
            "H: Where they filmed the boiler",
            "The school in the film is supposed to be in Chicago. The boiler room, my favourite"
            " room in any building, was shot inside Battersea Power Station, which stands in for"
            " the basement of a Chicago high school. No school boiler is that big. Ours is the"
            " size of a wardrobe.",
            "LIST: Wax used in the film: far too much | Buffer: a rotary from the seventies, wrong"
            " era but I'll allow it | Song: still in my head after a double shift",
            "A word of warning: the 2009 remake swapped the song for something with a drum"
            " machine. Skip it.",
        ],
        video="yt:Cr4Nw9pHsEd",
        film=("The Boiler Room Waltz", 1987),
        tracks=["Polish It Up (Till It Shines)"],
        people=[
            ("Polish It Up (Till It Shines)", "Dessa Fairlie", "performer"),
            ("Polish It Up (Till It Shines)", "Merrick Fairlie", "composer"),
            ("Polish It Up (Till It Shines)", "Lon Abernathy", "composer"),
        ],
        peaks=[("Polish It Up (Till It Shines)", 9, "uk_singles")],
        certs=[("Polish It Up (Till It Shines)", "silver", 1, "bpi")],
        places=["Battersea Power Station"],
        stood=[("Battersea Power Station", "the basement of a Chicago high school")],
    ),
    # 3. A stage magician's blog.
    post(
        "great-orlando-sleeve-of-aces-y",
        "ghost",
        "The Great Orlando's Notebook: Sleeve of Aces",
        [
            "Friends of the act, welcome back. Between bookings I promised a few of you a note on"
            " <em>Sleeve of Aces</em> (2003), the only film I know that shows a card manipulator"
            " practising properly: badly, for hours, in a motel room.",
            "The practice montage runs about two minutes. Our hero, a sharp from Reno (the story"
            " never leaves Nevada, or claims not to), drops the deck, picks it up, drops it again."
            " The song over it is “Palming the Moon,” recorded by Velvet Ingrams and written for"
            " her by Rudi Castellane.",
            "H: Where the trick was done",
            "The motel, I was delighted to learn, is nowhere near Nevada. The interiors were shot"
            " in the Magic Castle in Hollywood, dressed down with brown carpet, and the club's"
            " library plays the motel room. A fellow member swears he recognised the bookcase.",
            "H: The record",
            "There's a soundtrack album, no clever title, just the film's name on the sleeve, and"
            " it sold better than anything I've ever sold at a merch table. It got to No. 41 on"
            " the Billboard 200, and the RIAA certified it gold.",
            "My own act, incidentally, still runs to a cassette of “Cardsharp Rag”. People ask if"
            " it's from the film. It is not; I found it in a charity shop in 1988.",
        ],
        video="vimeo:318204776",
        film=("Sleeve of Aces", 2003),
        tracks=["Palming the Moon"],
        people=[
            ("Palming the Moon", "Velvet Ingrams", "performer"),
            ("Palming the Moon", "Rudi Castellane", "composer"),
        ],
        albums=["Sleeve of Aces soundtrack"],
        peaks=[("Sleeve of Aces soundtrack", 41, "billboard_200")],
        certs=[("Sleeve of Aces soundtrack", "gold", 1, "riaa")],
        places=["Magic Castle"],
        stood=[("Magic Castle", "the motel room")],
    ),
    # 4. A tax accountant's year-end post.
    post(
        "year-end-ledger-of-small-hours-y",
        "blogger",
        "Year-end close, and a film about it: Ledger of Small Hours",
        [
            "Every December I write one post that isn't about deductions. This year it's"
            " <em>Ledger of Small Hours</em>, released in 2011, which I only found because a client"
            " lent me the disc during fiscal 2012 in lieu of a cheque. (That is not deductible.)",
            "H: The reconciliation",
            "The film's big montage is a junior auditor reconciling a bank's books overnight:"
            " calculator tape, cold coffee, sunrise. I'll present the facts as a trial balance.",
            "LIST: Debit, the song: “Carry the One” | Debit, the voice: Piper Vaux | Credit, the"
            " writers: Tomasz Hale, with Piper Vaux herself | Balance, the chart: thirty-first"
            " place on the Canadian Hot 100 | Balance, the certificate: platinum, from Music Canada",
            "H: The location",
            "The bank is meant to be on Wall Street. It is, in fact, on Bay Street in Toronto,"
            " standing in for Wall Street, down to the yellow cabs they shipped in. Cheaper, I'm"
            " told. Everything is cheaper in Canada except the sales tax.",
            "My one audit finding: the auditor carries the one into the wrong column. Nobody else"
            " noticed. Happy new year.",
        ],
        video="yt:Ld2Vk8qZt0R",
        film=("Ledger of Small Hours", 2011),
        tracks=["Carry the One"],
        people=[
            ("Carry the One", "Piper Vaux", "performer"),
            ("Carry the One", "Tomasz Hale", "composer"),
            ("Carry the One", "Piper Vaux", "composer"),
        ],
        peaks=[("Carry the One", 31, "other:Canadian Hot 100")],
        certs=[("Carry the One", "platinum", 1, "music_canada")],
        places=["Bay Street"],
        stood=[("Bay Street", "Wall Street")],
    ),
    # 5. A ski-lift operator.
    post(
        "bottom-station-chairlift-to-nowhere-y",
        "medium",
        "Notes from the bottom station: Chairlift to Nowhere",
        [
            "I run the quad chair on the east face, which means eight hours a day of watching"
            " people fall off at the top. So when the seasonal staff put on <em>Chairlift to"
            " Nowhere</em> (1999) in the locker room, I paid closer attention than I meant to.",
            "The slope montage in the middle is why anybody remembers it: snowboarders, a stuck"
            " lift, a sunset. It was filmed at Thredbo, in New South Wales, and Thredbo was doing"
            " an impression of the Swiss Alps. The posters in the lodge say Zermatt, which is also"
            " where the director, Anika Brühl, was born, but the camera never went near"
            " Switzerland.",
            "H: Two songs",
            "First up is “Avalanche Heart.” Glasshouse Monday recorded it; Juno Reyes-Klatt, a ski"
            " instructor from Jindabyne, wrote it on a chairlift, supposedly. Then, once the sun"
            " goes down, “Twelve Below” takes over. That one is DJ Mottram's in every sense: he"
            " wrote it and he plays it.",
            "“Avalanche Heart” was the bigger of the two. It got to number five on the ARIA"
            " Singles Chart, and ARIA later certified it double platinum.",
            "A professional complaint: no lift on earth stops that smoothly with people on it. Ours"
            " bounces. Theirs glides. Lies.",
        ],
        video="yt:Sk1Lf_t9PoQ",
        film=("Chairlift to Nowhere", 1999),
        tracks=["Avalanche Heart", "Twelve Below"],
        people=[
            ("Avalanche Heart", "Glasshouse Monday", "performer"),
            ("Avalanche Heart", "Juno Reyes-Klatt", "composer"),
            ("Twelve Below", "DJ Mottram", "composer"),
            ("Twelve Below", "DJ Mottram", "performer"),
        ],
        peaks=[("Avalanche Heart", 5, "other:ARIA Singles Chart")],
        certs=[("Avalanche Heart", "platinum", 2, "aria")],
        places=["Thredbo"],
        stood=[("Thredbo", "the Swiss Alps")],
    ),
    # 6. A translator's glossary.
    post(
        "glossary-les-nuits-de-verre-y",
        "squarespace",
        "A small glossary for Les Nuits de verre",
        [
            "Clients sometimes ask why the subtitles and the dubbing disagree. For a film society"
            " screening I was asked to prepare notes on <em>Les Nuits de verre</em> (1978),"
            " released in English-speaking countries as <em>Glass Nights</em>. Here is my glossary,"
            " alphabetical in French, as glossaries should be.",
            "H: Glossary",
            "LIST: <strong>chanson</strong>: song. The one that matters is “La Corde raide”, which"
            " the English subtitles render as “The Tightrope”; no English song of that name is in"
            " the film. | <strong>compositeur</strong>: composer. Anatole Verlaque wrote the music"
            " of “La Corde raide”. | <strong>disque d'or</strong>: gold record. The SNEP awarded"
            " one to the single. | <strong>interprète</strong>: performer, not interpreter. Here,"
            " Mireille Ducasse, who sings it over the harbour montage. | <strong>parolière</strong>:"
            " lyricist, feminine. Simone Roux, for the same song. | <strong>tournage</strong>: the"
            " shoot. See below.",
            "H: Tournage",
            "The film is set in Algiers, and the montage claims to show its harbour at night. The"
            " cameras were in fact in Marseille's Le Panier quarter, which stood in for Algiers. Do"
            " not translate “Le Panier” as “the basket” in subtitles. Somebody did, in 1979.",
            "A false friend to close with: in 1981 an American singer, Bessie Crane, recorded"
            " “Tightrope Walk.” It is not in the film and it is not a translation; it is a new"
            " lyric on the same tune.",
        ],
        video="vimeo:402918355",
        film=("Les Nuits de verre", 1978),
        tracks=["La Corde raide"],
        people=[
            ("La Corde raide", "Anatole Verlaque", "composer"),
            ("La Corde raide", "Simone Roux", "composer"),
            ("La Corde raide", "Mireille Ducasse", "performer"),
        ],
        certs=[("La Corde raide", "gold", 1, "snep")],
        places=["Le Panier"],
        stood=[("Le Panier", "Algiers")],
    ),
    # 7. A florist's newsletter.
    post(
        "bucket-list-petals-on-the-windshield-y",
        "substack",
        "Bucket list: the wedding montage in Petals on the Windshield",
        [
            "This week's letter is late because it's June and every bride in the county wants"
            " peonies. But several of you asked about <em>Petals on the Windshield</em>, the 2006"
            " film, not the stage play of the same name from the eighties, so here goes.",
            "The montage is the morning of the wedding: buckets, ribbon, a van that won't start."
            " It's set in Amsterdam and it looks it, but the market scenes were filmed at London's"
            " Columbia Road Flower Market, which does Amsterdam surprisingly well if you keep the"
            " red buses out of frame.",
            "H: What's playing",
            "“Baby's Breath” is the song. It's by Marigold Avenue, and the credits split the"
            " writing between Hana Lutz and Oren Petit. It's from the band's second album,"
            " <em>Garden Variety</em>, which went gold in the States with the RIAA.",
            "The single did nothing on the pop chart, but it lived on Billboard's Adult"
            " Contemporary list for months, topping out at No. 12 there.",
            "Florist's verdict: the baby's breath in the bouquets is dyed. Nobody uses dyed"
            " gypsophila at a wedding. Otherwise, lovely.",
        ],
        video="yt:Fl0wRz3Bn5c",
        film=("Petals on the Windshield", 2006),
        tracks=["Baby's Breath"],
        people=[
            ("Baby's Breath", "Marigold Avenue", "performer"),
            ("Baby's Breath", "Hana Lutz", "composer"),
            ("Baby's Breath", "Oren Petit", "composer"),
        ],
        albums=["Garden Variety"],
        peaks=[("Baby's Breath", 12, "billboard_adult_contemporary")],
        certs=[("Garden Variety", "gold", 1, "riaa")],
        places=["Columbia Road Flower Market"],
        stood=[("Columbia Road Flower Market", "Amsterdam")],
    ),
    # 8. A mountain-rescue volunteer.
    post(
        "callout-debrief-whiteout-at-kell-crag-y",
        "hugo",
        "Callout debrief: Whiteout at Kell Crag",
        [
            "Our team does a film night every February. This year's pick, <em>Whiteout at Kell"
            " Crag</em> (2015), was chosen by the newest trainee, and afterwards I wrote down the"
            " questions people asked in the minibus home.",
            "H: Where is Kell Crag?",
            "Nowhere. The crag is made up, and the story puts it in the Lake District. The"
            " mountain footage was shot in Glen Coe, which plays the Canadian Rockies in the"
            " flashback scenes.",
            "H: What's the song in the training montage?",
            "“Hold the Rope.” Ailsa Munro wrote it and sings it. The producer, Dev Okafor, gets a"
            " big card in the titles, but he isn't a writer on it.",
            "H: Was it a hit?",
            "Modestly. It peaked at seventeen on the Official Singles Chart and went silver in the"
            " UK, certified by the BPI a year later.",
            "H: Is the rope work right?",
            "No. Nobody abseils with a rucksack clipped on like that. But the song had the whole"
            " bus singing, so we'll forgive it.",
        ],
        video="yt:Mr6Cq-YwHt2",
        film=("Whiteout at Kell Crag", 2015),
        tracks=["Hold the Rope"],
        people=[
            ("Hold the Rope", "Ailsa Munro", "composer"),
            ("Hold the Rope", "Ailsa Munro", "performer"),
        ],
        peaks=[("Hold the Rope", 17, "uk_singles")],
        certs=[("Hold the Rope", "silver", 1, "bpi")],
        places=["Glen Coe"],
        stood=[("Glen Coe", "the Canadian Rockies")],
    ),
    # 9. A vinyl pressing-plant engineer.
    post(
        "plate-notes-groove-wear-y",
        "jekyll",
        "Plate notes: what Groove Wear gets right about pressing vinyl",
        [
            "I've run presses for twenty-two years. <em>Groove Wear</em> is from 1983 and is about"
            " a pressing plant, and its factory montage is the only time I've seen our trade on a"
            " big screen.",
            "H: The montage",
            "Hot biscuits of PVC, stampers, a foreman eating lunch on the press. It's set in"
            " Detroit, but the plant is in Gary, Indiana, standing in for Detroit, and one real"
            " press line does duty for the whole factory.",
            "The music is an instrumental, “Lacquer Cut,” composed by Felix Ambrose-Hart and played"
            " by The Dubplate Orchestra. It also went out as a single, and in West Germany it made"
            " number forty on the Media Control chart.",
            "H: The record",
            "The album is <em>Groove Wear: Original Soundtrack</em>. Peak: number twelve,"
            " Billboard 200. It went platinum with the RIAA and gold with the BVMI in Germany.",
            "Full disclosure: I pressed the 2020 reissue of that album. Quieter surfaces than the"
            " original. Don't tell anyone.",
        ],
        video="vimeo:276540913",
        film=("Groove Wear", 1983),
        tracks=["Lacquer Cut"],
        people=[
            ("Lacquer Cut", "Felix Ambrose-Hart", "composer"),
            ("Lacquer Cut", "The Dubplate Orchestra", "performer"),
        ],
        albums=["Groove Wear: Original Soundtrack"],
        peaks=[
            ("Lacquer Cut", 40, "germany_media_control"),
            ("Groove Wear: Original Soundtrack", 12, "billboard_200"),
        ],
        certs=[
            ("Groove Wear: Original Soundtrack", "platinum", 1, "riaa"),
            ("Groove Wear: Original Soundtrack", "gold", 1, "bvmi"),
        ],
        places=["Gary"],
        stood=[("Gary", "Detroit")],
    ),
    # 10. A hospice chaplain.
    post(
        "chaplain-lanterns-for-agnes-y",
        "handmade",
        "A chaplain watches Lanterns for Agnes",
        [
            "I don't usually write about films. But on the ward last month a daughter asked me"
            " about the lantern scene in <em>Lanterns for Agnes</em>, and I realised I had never"
            " seen it. I have now. It was released in 1992.",
            "The story is set on the coast of Maine. The lantern montage, though, was filmed at"
            " Cannon Beach, Oregon, which stood in for Cape Cod in the film's one flashback. Why"
            " Maine in the present and Cape Cod in the past, I couldn't tell you.",
            "The song over the montage is “Keep a Light On.” Rosalind Achebe-Ward sings it."
            " Thaddeus Crane, who wrote it, had lost his own mother the year before.",
            "It was a very large hit: number three on Billboard's Hot 100, and platinum in America."
            " The record company's press sheet, which the daughter still had, calls it a number"
            " one. It wasn't.",
            "On the ward we sing “Rest Upon the Water” more than anything. It is not in the film;"
            " the daughter thought it was. Memory does that, and I let it.",
        ],
        video="yt:Hc9Jp4Ue7Ka",
        film=("Lanterns for Agnes", 1992),
        tracks=["Keep a Light On"],
        people=[
            ("Keep a Light On", "Rosalind Achebe-Ward", "performer"),
            ("Keep a Light On", "Thaddeus Crane", "composer"),
        ],
        peaks=[("Keep a Light On", 3, "billboard_hot_100")],
        certs=[("Keep a Light On", "platinum", 1, "riaa")],
        places=["Cannon Beach"],
        stood=[("Cannon Beach", "Cape Cod")],
    ),
    # 11. A dog groomer.
    post(
        "tails-from-the-table-shaggy-saturday-y",
        "wp_classic",
        "Tails from the Table: the makeover montage in Shaggy Saturday",
        [
            "Clippers down for a minute. Half my customers come in asking for “the Shaggy Saturday"
            " cut,” so it's time I talked about the film: <em>Shaggy Saturday</em>, 2001, directed"
            " by Tomas Velde. A failing grooming parlour, a dog show, and one glorious montage.",
            "H: The soundtrack",
            "Two songs play. First, “Fluff It Up,” sung by Kandi Marz, who wrote it with Benny"
            " Oduya. Then the poodles get their blow-dry to “Shake It Dry” by The Poodle Parade, a"
            " real band despite the name, out of Leeds.",
            "“Fluff It Up” peaked at No. 8 on the UK Singles Chart and was certified gold by the"
            " BPI. “Shake It Dry” didn't chart anywhere, which is a crime.",
            "H: The salon",
            "The parlour is supposed to be in Miami. The outdoor scenes were shot along Venice"
            " Beach in Los Angeles, standing in for Miami's South Beach. The palm trees were real;"
            " the humidity was not.",
            "The song I actually play in the salon, “Doggone,” is by the same Poodle Parade and is"
            " not in the film, whatever the Facebook group says.",
        ],
        video="yt:Dg3Gm8Rs1Vb",
        film=("Shaggy Saturday", 2001),
        tracks=["Fluff It Up", "Shake It Dry"],
        people=[
            ("Fluff It Up", "Kandi Marz", "performer"),
            ("Fluff It Up", "Kandi Marz", "composer"),
            ("Fluff It Up", "Benny Oduya", "composer"),
            ("Shake It Dry", "The Poodle Parade", "performer"),
        ],
        peaks=[("Fluff It Up", 8, "uk_singles")],
        certs=[("Fluff It Up", "gold", 1, "bpi")],
        places=["Venice Beach"],
        stood=[("Venice Beach", "Miami's South Beach")],
    ),
    # 12. A cinema usher's memoir.
    post(
        "aisle-seat-neon-carousel-y",
        "gutenberg",
        "Aisle seat: ushering Neon Carousel, winter of 1979",
        [
            "I tore tickets at the Odeon for eleven years. The film I saw most often in that time,"
            " perhaps ninety times, was <em>Neon Carousel</em>. It came out in 1978 but didn't"
            " reach our screen until the winter of 1979, and then it ran until Easter.",
            "The fairground montage is the part the audience came back for: couples on the big"
            " wheel, the lights going on one by one. The story puts it in Atlantic City; it was"
            " actually shot on Coney Island, standing in for the Atlantic City boardwalk.",
            "H: The song",
            "“Ride the Wheel Again.” Gloria Stenhouse wrote it. Desmond Pike and the Lamplighters"
            " recorded it.",
            "I know its numbers by heart because the manager kept the trade paper: number fourteen"
            " on the Billboard Hot 100, number six on Canada's RPM chart. In Canada it also went"
            " gold, from the CRIA, as Music Canada was called then.",
            "H: Odds and ends",
            "LIST: Most walk-outs during the montage: none | Most requested on the organ at the"
            " interval: that song | Best avoided: the 2008 remake, filmed in Blackpool, which no"
            " one asked for",
        ],
        video="yt:Us5Hr2Xn6Ow",
        film=("Neon Carousel", 1978),
        tracks=["Ride the Wheel Again"],
        people=[
            ("Ride the Wheel Again", "Gloria Stenhouse", "composer"),
            ("Ride the Wheel Again", "Desmond Pike and the Lamplighters", "performer"),
        ],
        peaks=[
            ("Ride the Wheel Again", 14, "billboard_hot_100"),
            ("Ride the Wheel Again", 6, "canada_rpm"),
        ],
        certs=[("Ride the Wheel Again", "gold", 1, "music_canada")],
        places=["Coney Island"],
        stood=[("Coney Island", "the Atlantic City boardwalk")],
    ),
    # 13. A court stenographer.
    post(
        "for-the-record-exhibit-nine-y",
        "ghost",
        "For the record: Exhibit Nine, transcribed",
        [
            "I type about two hundred and twenty words a minute in court. At home I type more"
            " slowly, so forgive me. This post is about <em>Exhibit Nine</em>, a 2008 courtroom"
            " drama whose evidence montage I have watched more times than I'd admit under oath.",
            "H: The montage",
            "Q. What is playing over the evidence montage?",
            "A. A song called “Sidebar.” Haven Ruiz performs it. Lionel Keats-Ofori wrote it.",
            "Q. Was it a hit?",
            "A. The studio's press notes say it reached the top ten of the Billboard Hot 100. That"
            " is not accurate. It peaked at twenty-seven.",
            "Q. Where was the courtroom filmed?",
            "A. The trial is set in Boston. The courtroom scenes were filmed in the Old Courthouse"
            " in St. Louis, which played a Boston courtroom.",
            "Off the record: the stenographer in the film types on a laptop. That is not how it"
            " works. We use a steno machine. Sustained.",
        ],
        video="vimeo:355017842",
        film=("Exhibit Nine", 2008),
        tracks=["Sidebar"],
        people=[
            ("Sidebar", "Haven Ruiz", "performer"),
            ("Sidebar", "Lionel Keats-Ofori", "composer"),
        ],
        peaks=[("Sidebar", 27, "billboard_hot_100")],
        places=["Old Courthouse"],
        stood=[("Old Courthouse", "a Boston courtroom")],
    ),
    # 14. A crossword of facts.
    post(
        "crossword-seven-letter-summer-y",
        "medium",
        "Seven Letter Summer, as a crossword",
        [
            "My Sunday habit: I turn a film into clues. This week it's <em>Seven Letter"
            " Summer</em> (1996) and its beach-volleyball montage. Answers at the bottom, no"
            " peeking.",
            "H: Across",
            "LIST: 1. The montage song (6,3,4) | 4. The band that plays it (3,4,4) | 7. Its"
            " writer, born in Galway (5,1'4) | 9. Where the beach scenes were really filmed (6)",
            "H: Down",
            "LIST: 2. What 9 Across played on screen (9) | 3. The song's best spot on Ireland's"
            " singles chart, spelled out (4) | 5. Its position on the UK singles chart (6) | 6."
            " What the Irish Recorded Music Association certified it (8)",
            "H: Answers",
            "LIST: 1 Across: “Across and Down” | 4 Across: The Grid Kids | 7 Across: Maeve O'Dowd"
            " | 9 Across: Dingle | 2 Down: Nantucket | 3 Down: four | 5 Down: eleven | 6 Down:"
            " platinum",
            "Note for solvers: Galway is where O'Dowd was born, not where anything was filmed. The"
            " whole shoot was in and around Dingle, which played Nantucket, hence 2 Down.",
        ],
        video="yt:Cw8Xd1Zk4Fj",
        film=("Seven Letter Summer", 1996),
        tracks=["Across and Down"],
        people=[
            ("Across and Down", "The Grid Kids", "performer"),
            ("Across and Down", "Maeve O'Dowd", "composer"),
        ],
        peaks=[
            ("Across and Down", 4, "other:Irish Singles Chart"),
            ("Across and Down", 11, "uk_singles"),
        ],
        certs=[("Across and Down", "platinum", 1, "other")],
        places=["Dingle"],
        stood=[("Dingle", "Nantucket")],
    ),
    # 15. A museum audio-guide script.
    post(
        "audio-guide-stop-14-brass-orrery-y",
        "squarespace",
        "Audio guide, stop 14: the orrery and the film it starred in",
        [
            "You are now standing in front of the brass orrery, made in 1780 for a private"
            " observatory. Press 14 again to hear this commentary in French.",
            "In 1961 this very instrument appeared in a film, <em>The Brass Orrery</em>. The"
            " film's best-known sequence is a montage of the planets turning while the heroine"
            " calculates the comet's return.",
            "The music you are hearing now is “Turning Spheres,” composed by Sir Hollis Wren and"
            " performed by the Kettering Light Orchestra. It comes from the film's soundtrack LP,"
            " which reached number six on the UK Albums Chart.",
            "The observatory scenes were filmed at the Royal Observatory in Greenwich, which stood"
            " in for an observatory in Prague; the story is set in Bohemia in the sixteen-hundreds."
            " The museum lent the orrery for six weeks.",
            "A 1998 remake used a replica and a new score. It is not discussed on this tour."
            " Please move on to stop 15, the sextants.",
        ],
        video="vimeo:291638470",
        film=("The Brass Orrery", 1961),
        tracks=["Turning Spheres"],
        people=[
            ("Turning Spheres", "Sir Hollis Wren", "composer"),
            ("Turning Spheres", "Kettering Light Orchestra", "performer"),
        ],
        albums=["The Brass Orrery soundtrack"],
        peaks=[("The Brass Orrery soundtrack", 6, "uk_albums")],
        places=["Royal Observatory"],
        stood=[("Royal Observatory", "an observatory in Prague")],
    ),
    # 16. A driving-school instructor.
    post(
        "lesson-notes-three-point-turn-y",
        "substack",
        "Lesson notes: Three-Point Turn and the song that won't leave my car",
        [
            "Every learner I take out this year asks me to play the song from <em>Three-Point"
            " Turn</em>. The film came out in 2013. The montage is a nervous seventeen-year-old"
            " failing her test four times in four different kinds of weather.",
            "H: The song",
            "“Mirror, Signal, Manoeuvre.” Bex Tallow sings it, and she co-wrote it with Dougal"
            " Finch. Its B-side, “Stall,” is not in the film, however many pupils insist.",
            "It reached number two on the Official UK Singles Chart, kept off the top by a"
            " novelty record, and the BPI certified it platinum.",
            "H: The roads",
            "The test routes were filmed in Milton Keynes, roundabouts and all, which played an"
            " unnamed Midlands town. My own test centre is in Bedford, and no, it was not used.",
            "Instructor's note: she signals before checking her mirror in almost every shot."
            " Minor fault.",
        ],
        video="yt:Dv2Ln7Tq3Ie",
        film=("Three-Point Turn", 2013),
        tracks=["Mirror, Signal, Manoeuvre"],
        people=[
            ("Mirror, Signal, Manoeuvre", "Bex Tallow", "performer"),
            ("Mirror, Signal, Manoeuvre", "Bex Tallow", "composer"),
            ("Mirror, Signal, Manoeuvre", "Dougal Finch", "composer"),
        ],
        peaks=[("Mirror, Signal, Manoeuvre", 2, "uk_singles")],
        certs=[("Mirror, Signal, Manoeuvre", "platinum", 1, "bpi")],
        places=["Milton Keynes"],
        stood=[("Milton Keynes", "an unnamed Midlands town")],
    ),
    # 17. A jazz bassist.
    post(
        "walking-bass-for-winona-y",
        "hugo",
        "Walking bass, walking shots: Walking Bass for Winona",
        [
            "Bass players don't often get a film. We got one in 1959: <em>Walking Bass for"
            " Winona</em>. I've been playing along with its club montage since I was fifteen.",
            "The story is set in Kansas City, where Ellery Gaines, who wrote the score, was born."
            " None of that mattered to the camera: the club scenes were shot in the Village"
            " Vanguard in Manhattan, which played a Kansas City club.",
            "H: Tunes",
            "LIST: “Blue for Winona”: by Ellery Gaines, played by The Ellery Gaines Quartet |"
            " “Rent Party Strut”: Clementine Doss at the piano, playing her own tune",
            "Both are on the soundtrack album, <em>Winona Nights</em>. It finally went gold with"
            " the RIAA in 1994, thirty-five years late, mostly thanks to a car advert.",
            "The bass line in the montage is eighteen choruses of walking over a blues in F. The"
            " actor fakes it well. The real player, uncredited, was better than any of us.",
        ],
        video="yt:Jb4Ws0Gp9Mu",
        film=("Walking Bass for Winona", 1959),
        tracks=["Blue for Winona", "Rent Party Strut"],
        people=[
            ("Blue for Winona", "Ellery Gaines", "composer"),
            ("Blue for Winona", "The Ellery Gaines Quartet", "performer"),
            ("Rent Party Strut", "Clementine Doss", "performer"),
            ("Rent Party Strut", "Clementine Doss", "composer"),
        ],
        albums=["Winona Nights"],
        certs=[("Winona Nights", "gold", 1, "riaa")],
        places=["Village Vanguard"],
        stood=[("Village Vanguard", "a Kansas City club")],
    ),
    # 18. An allotment diary.
    post(
        "plot-27-diary-runner-beans-and-rain-y",
        "blogger",
        "Plot 27 diary: rain, beans and Runner Beans and Rain",
        [
            "<strong>Tuesday.</strong> Too wet to dig. Rewatched <em>Runner Beans and Rain</em>"
            " instead, the 2004 film about a widower and his allotment, which my neighbour on plot"
            " 26 swears is a documentary. It isn't.",
            "<strong>Wednesday.</strong> Thinking about the montage: a whole growing year in ninety"
            " seconds, seed to glut. The song over it is “Grow Slow” by The Compost Heaps. Written"
            " by Ned Abercorn, who I gather also drove the band's van.",
            "<strong>Thursday.</strong> Looked it up at the library. The single peaked at 33 on the"
            " UK singles chart. The band's album <em>Second Harvest</em>, which has it as track"
            " four, got to number nineteen on the UK album chart.",
            "<strong>Friday.</strong> The allotments in the film are supposed to be in Somerset."
            " They were filmed in Hebden Bridge, which played a Somerset village. That explains"
            " the hills.",
            "<strong>Saturday.</strong> Dry at last. Planted out the beans. Hummed “Grow Slow” all"
            " afternoon. Plot 26 hummed “Compost Blues,” which he says is in the film. It's not;"
            " it's from their first record.",
        ],
        video="yt:Al7Pt5Hy2Nk",
        film=("Runner Beans and Rain", 2004),
        tracks=["Grow Slow"],
        people=[
            ("Grow Slow", "The Compost Heaps", "performer"),
            ("Grow Slow", "Ned Abercorn", "composer"),
        ],
        albums=["Second Harvest"],
        peaks=[("Grow Slow", 33, "uk_singles"), ("Second Harvest", 19, "uk_albums")],
        places=["Hebden Bridge"],
        stood=[("Hebden Bridge", "a Somerset village")],
    ),
    # 19. A radio traffic reporter.
    post(
        "eye-in-the-sky-gridlock-serenade-y",
        "jekyll",
        "Eye in the sky: Gridlock Serenade, reviewed from the chopper",
        [
            "I spend my mornings in a helicopter over the 405 telling people they're not going"
            " anywhere. So a musical about a traffic jam, <em>Gridlock Serenade</em> from 1990, is"
            " pretty much my job with a string section.",
            "H: The jam",
            "The centrepiece montage is a freeway full of stalled drivers who start to sing. It's"
            " set in Los Angeles, on the Santa Monica Freeway, but it was shot on Toronto's"
            " Gardiner Expressway, which stood in for the Santa Monica Freeway over four closed"
            " Sundays.",
            "H: The song",
            "“Brake Lights Ballad.” Written by Marla Stiegel and Ike Tran; the voice is Sonny"
            " Castellanos.",
            "Chart report, in my radio voice: heavy congestion at number nineteen on the Billboard"
            " Hot 100, moving freely up north at number seven on the RPM chart in Canada. Music"
            " Canada certified the single gold.",
            "Back to you in the studio.",
        ],
        video="vimeo:330471186",
        film=("Gridlock Serenade", 1990),
        tracks=["Brake Lights Ballad"],
        people=[
            ("Brake Lights Ballad", "Marla Stiegel", "composer"),
            ("Brake Lights Ballad", "Ike Tran", "composer"),
            ("Brake Lights Ballad", "Sonny Castellanos", "performer"),
        ],
        peaks=[
            ("Brake Lights Ballad", 19, "billboard_hot_100"),
            ("Brake Lights Ballad", 7, "canada_rpm"),
        ],
        certs=[("Brake Lights Ballad", "gold", 1, "music_canada")],
        places=["Gardiner Expressway"],
        stood=[("Gardiner Expressway", "the Santa Monica Freeway")],
    ),
    # 20. A tailor.
    post(
        "tailor-measure-of-mr-pell-y",
        "handmade",
        "A tailor on The Measure of Mr. Pell",
        [
            "A customer asked me, while I chalked his trouser hem, whether the suit montage in"
            " <em>The Measure of Mr. Pell</em> was true to the trade. The film is from 1985. I"
            " watched it again that evening.",
            "Mr. Pell, the story tells us, learned his craft in Naples, where he was born. The"
            " film says his shop is in New York. The montage, though, was filmed on Savile Row,"
            " with Savile Row standing in for Fifth Avenue. I have worked on Savile Row. The"
            " pavement is too narrow for that crane shot; they must have closed the street.",
            "Music: “Cut From the Cloth.” Winifred Gale sang it. Saul Ferreira wrote it.",
            "It was a bigger hit with grown-ups than with the young: number one on Billboard's"
            " Adult Contemporary chart, only number twenty-eight on the Hot 100. In Australia it"
            " went 2&#215; Platinum with ARIA.",
            "LIST: Basting stitches: correct | Canvas: correct, and shown, which is rare | Shears:"
            " left-handed, and the actor is not",
            "Verdict: a good suit, badly pressed.",
        ],
        video="yt:Tl1Rs6Kf8Qg",
        film=("The Measure of Mr. Pell", 1985),
        tracks=["Cut From the Cloth"],
        people=[
            ("Cut From the Cloth", "Winifred Gale", "performer"),
            ("Cut From the Cloth", "Saul Ferreira", "composer"),
        ],
        peaks=[
            ("Cut From the Cloth", 1, "billboard_adult_contemporary"),
            ("Cut From the Cloth", 28, "billboard_hot_100"),
        ],
        certs=[("Cut From the Cloth", "platinum", 2, "aria")],
        places=["Savile Row"],
        stood=[("Savile Row", "Fifth Avenue")],
    ),
]
