"""Corpus posts, set D: twenty posts by a fifth writer who never saw the importer.

Invented films (1975-1995), songs, people, bands and labels; real filming places.
Each of the ten markups is used twice. Voices: an American fan site, trivia and Q&A
listicles, a soundtrack collector's notes, a location-scouting travel blog and quiet
personal essays.
"""

from .spec import post

POSTS = [
    post(
        "steel-valley-d",
        "wp_classic",
        "STEEL VALLEY NIGHTS is finally on Blu-ray!!",
        [
            "OK, people. <em>Steel Valley Nights</em> is back and it looks AMAZING. I"
            " have been waiting for this disc since 2009!",
            "If you somehow missed it: Lonnie Haskett directed it in 1983, Tess Mahoney"
            " and Ray Dunleavy play the two mill kids, and it has the best final shot of"
            " any movie about a strike. Fight me.",
            "And the music! The big one is &#8220;Hammer Down (On My Heart)&#8221; by the"
            " Corbin Vale Band. Corbin Vale and his keyboard guy Davey Stroud wrote it in"
            " one afternoon in a motel in Erie, or so the legend goes.",
            "It hit No. 7 on the Billboard Hot 100! In Canada it went all the way to"
            " number 2! Not bad for a song about a blast furnace!",
            "The soundtrack LP on Meridian Records went platinum in the States."
            " Platinum! For a movie about a steel mill!",
            "Also on the record: &#8220;Shift Whistle Blues,&#8221; sung by Ruthie"
            " Calloway over the picket-line scene. Never a hit. Still great.",
            "The story is set in Youngstown, Ohio, but guess what? Most of it was shot in"
            " Pittsburgh's Lawrenceville neighborhood and at the old Carrie Furnace in"
            " Rankin. Carrie Furnace played the Kessler Steel works!",
            "I first saw it at the Starlite Drive-In in Bedford, Indiana, in the summer"
            " of '84. My dad fell asleep. I did not.",
            "Watch the video up top. Davey's mullet alone is worth it!",
        ],
        video="yt:Qm7TzR2kLx0",
        film=("Steel Valley Nights", 1983),
        tracks=["Hammer Down (On My Heart)", "Shift Whistle Blues"],
        people=[
            ("Hammer Down (On My Heart)", "Corbin Vale Band", "performer"),
            ("Hammer Down (On My Heart)", "Corbin Vale", "composer"),
            ("Hammer Down (On My Heart)", "Davey Stroud", "composer"),
            ("Shift Whistle Blues", "Ruthie Calloway", "performer"),
        ],
        albums=["Steel Valley Nights soundtrack"],
        peaks=[
            ("Hammer Down (On My Heart)", 7, "billboard_hot_100"),
            ("Hammer Down (On My Heart)", 2, "canada_rpm"),
        ],
        certs=[("Steel Valley Nights soundtrack", "platinum", 1, "riaa")],
        places=["Lawrenceville", "Carrie Furnace"],
        stood=[("Carrie Furnace", "the Kessler Steel works")],
    ),
    post(
        "harbor-lights-down-d",
        "gutenberg",
        "Eight fun facts about Harbor Lights Down",
        [
            "Eight things you (probably) didn't know about Harbor Lights Down, the 1979"
            " dockside thriller that nobody rewatches enough.",
            "H: The facts",
            "<strong>Fun fact #1:</strong> Although the film takes place in Boston, not a"
            " single frame was shot in Massachusetts. Halifax, Nova Scotia stood in for"
            " Boston, and the climactic chase was filmed on the decks of HMCS Sackville.",
            "<strong>Fun fact #2:</strong> The theme, &#8220;Lights Down Low (Harbor"
            " Theme),&#8221; has music by Ingrid Salo and lyrics by Marcus Bellweather,"
            " who had never written a song before.",
            "<strong>Fun fact #3:</strong> It was sung by the crooner Teddy Laframboise,"
            " who was born in Sudbury and worked as a longshoreman before he ever sang in"
            " public.",
            "<strong>Fun fact #4:</strong> The single topped the RPM chart in Canada for"
            " three weeks, and in Britain it reached No. 31.",
            "<strong>Fun fact #5:</strong> It also went gold in Canada, the only gold"
            " record Laframboise ever had.",
            "<strong>Fun fact #6:</strong> Director Paul Otterburn has a cameo as a"
            " customs officer. Look left during the warehouse scene.",
            "<strong>Fun fact #7:</strong> The fish-market scene was shot in Lunenburg, a"
            " couple of hours down the coast.",
            "<strong>Fun fact #8:</strong> A sequel, Harbor Lights Up, was announced in"
            " 1982 and never made.",
        ],
        video="vimeo:318240517",
        film=("Harbor Lights Down", 1979),
        tracks=["Lights Down Low (Harbor Theme)"],
        people=[
            ("Lights Down Low (Harbor Theme)", "Ingrid Salo", "composer"),
            ("Lights Down Low (Harbor Theme)", "Marcus Bellweather", "composer"),
            ("Lights Down Low (Harbor Theme)", "Teddy Laframboise", "performer"),
        ],
        peaks=[
            ("Lights Down Low (Harbor Theme)", 1, "canada_rpm"),
            ("Lights Down Low (Harbor Theme)", 31, "uk_singles"),
        ],
        certs=[("Lights Down Low (Harbor Theme)", "gold", 1, "music_canada")],
        places=["Halifax", "HMCS Sackville", "Lunenburg"],
        stood=[("Halifax", "Boston")],
    ),
    post(
        "neon-saints-d",
        "ghost",
        "Collector's notes: Neon Saints (1986)",
        [
            "Pulled my copy off the shelf this week, so here are some notes for anyone"
            " hunting the <em>Neon Saints</em> soundtrack in the bins.",
            "The album, <em>Music from Neon Saints</em>, came out on Halcyon Records in"
            " June 1986 (catalogue HAL 60412). First pressings have a silver label; the"
            " 1991 reissue has a black one and a barcode sticker over the shrink.",
            "It peaked at number 14 on the Billboard 200 and spent six weeks at No. 1 on"
            " Billboard's Soundtracks chart, which is why every thrift store in America"
            " has a copy with a cut-out notch.",
            "The RIAA certified it gold in 1987, and the BPI gave it a silver disc in"
            " the UK a year later.",
            "H: Side one",
            "The opener is &#8220;Saints &amp; Sinners&#8221; by Velvet Avenue, penned by"
            " the band's frontman Rick Tavares together with Jules Marchetti, who also"
            " produced the session.",
            "The 7-inch (HAL 7-2290, picture sleeve) reached #22 on the Hot 100. The"
            " 12-inch extended mix is the one to find.",
            "H: Side two",
            "Side two closes with &#8220;Don't Wait Up&#8221; by Marla Quinn, the song"
            " over the end credits. Ignore the hype sticker; it had already been on her"
            " own album, and the film's director, Alan Brisco, just liked it.",
            "Grade: VG+ copies go for about twelve dollars. Sealed ones, more.",
        ],
        video="yt:b4XnW9-pQe2",
        film=("Neon Saints", 1986),
        tracks=["Saints & Sinners", "Don't Wait Up"],
        people=[
            ("Saints & Sinners", "Velvet Avenue", "performer"),
            ("Saints & Sinners", "Rick Tavares", "composer"),
            ("Saints & Sinners", "Jules Marchetti", "composer"),
            ("Don't Wait Up", "Marla Quinn", "performer"),
        ],
        albums=["Music from Neon Saints"],
        peaks=[
            ("Music from Neon Saints", 14, "billboard_200"),
            ("Music from Neon Saints", 1, "billboard_soundtracks"),
            ("Saints & Sinners", 22, "billboard_hot_100"),
        ],
        certs=[
            ("Music from Neon Saints", "gold", 1, "riaa"),
            ("Music from Neon Saints", "silver", 1, "bpi"),
        ],
    ),
    post(
        "long-way-tarifa-d",
        "blogger",
        "Four days chasing The Long Way to Tarifa",
        [
            "If you visit Andalusia this spring, take The Long Way to Tarifa with you. I"
            " did, on an old DVD and a laptop, and spent four days chasing its locations.",
            "The 1988 film opens in C&aacute;diz, and it was really shot there: you can"
            " still see the blue-tiled bar where Nadia waits for the ferry. It's a bakery"
            " now, and the owner knows exactly why you're taking pictures.",
            "Next stop was Vejer de la Frontera. The whitewashed hill town doubled for a"
            " village in Morocco, which is funny, because the crew did cross to"
            " Morocco, but only to Tangier, for the ferry-port scenes.",
            "Part of the story is set in Lyon, where Nadia's husband waits for her. None"
            " of it was filmed there; those scenes are all interiors.",
            "I based myself in Seville, which isn't in the film at all but has the best"
            " breakfast in Spain.",
            "H: The song",
            "The song everyone remembers is &#8220;Levante,&#8221; which I had on repeat"
            " in the rental car. Paloma Ruiz sings it; Andr&eacute;s Olmedo wrote it for"
            " her after seeing a rough cut.",
            "It reached number 9 on the German charts, of all places, in the summer of"
            " 1989.",
            "Its music video was filmed at Bolonia, a little further down the coast, on"
            " a day when the wind nearly took the camera.",
        ],
        video="yt:Lv3nTar1fa8",
        film=("The Long Way to Tarifa", 1988),
        tracks=["Levante"],
        people=[
            ("Levante", "Paloma Ruiz", "performer"),
            ("Levante", "Andrés Olmedo", "composer"),
        ],
        peaks=[("Levante", 9, "germany_media_control")],
        places=["Cádiz", "Vejer de la Frontera", "Tangier", "Bolonia"],
        stood=[("Vejer de la Frontera", "a village in Morocco")],
    ),
    post(
        "winter-orchard-d",
        "medium",
        "The record my father kept in the car",
        [
            "My father kept one record in the car, long after the car had no way to play"
            ' it: the soundtrack to "Winter Orchard," a film he saw twice in 1977 and'
            " never mentioned again.",
            "It is a small film. A widow, an apple farm, a hired hand who stays one"
            " winter too long. Agnes Whitlow directed it and made nothing after.",
            "The theme is &#8220;Frost on the Bough.&#8221; Music by Hollis Crane, lyrics"
            " by his wife, June Crane, and a choir from Burlington whose name I have never"
            " been able to find.",
            "The single did better than anyone expected. It reached No. 38 on the Adult"
            " Contemporary chart, which in our house counted as fame.",
            "My father's favourite was on side two: &#8220;Lanterns,&#8221; played by Eli"
            " Marsh on a fiddle he had built himself.",
            "They shot the film around Stowe, Vermont, in orchards that are still there."
            " The farmhouse, I learned much later, is in Woodstock, and it stood in for a"
            " farm in upstate New York.",
            "I drove up in October. I didn't knock. I just sat in the car with the"
            " record on the passenger seat.",
        ],
        video="vimeo:90412277",
        film=("Winter Orchard", 1977),
        tracks=["Frost on the Bough", "Lanterns"],
        people=[
            ("Frost on the Bough", "Hollis Crane", "composer"),
            ("Frost on the Bough", "June Crane", "composer"),
            ("Lanterns", "Eli Marsh", "performer"),
        ],
        albums=["Winter Orchard soundtrack"],
        peaks=[("Frost on the Bough", 38, "billboard_adult_contemporary")],
        places=["Stowe", "Woodstock"],
        stood=[("Woodstock", "a farm in upstate New York")],
    ),
    post(
        "coastline-fever-d",
        "squarespace",
        "Road-tripping the Coastline Fever locations",
        [
            "Our drive down the Great Ocean Road had one secret purpose: finding where"
            " <em>Coastline Fever</em> (1985) was filmed.",
            "If you visit Lorne, you can still see the pier where Danny and Kate have"
            " their big fight. The surf shop is gone, but the pier hasn't changed.",
            "The production also shot at Bells Beach, which played the Kingsley Point"
            " Classic, a surf contest invented for the film.",
            "The real surprise is the opening. Those sunny Californian scenes? Shot in"
            " Melbourne's St Kilda, posing as Santa Monica. Once you know, you can't miss"
            " the trams.",
            "We also detoured to the Twelve Apostles, which aren't in the movie at all,"
            " but come on.",
            "H: The soundtrack",
            "The title song, &#8216;Coastline Fever&#8217;, is by the Sydney band The"
            " Breakwaters. Singer Tom Ashdown co-wrote it with guitarist Nico Pappas in a"
            " caravan at Torquay.",
            "It was a chart-topper on the Kent Music Report and was certified 2&#215;"
            " Platinum by ARIA.",
            "Jenny Lomax's &#8216;Saltwater Kiss&#8217; is the other one you'll know; it"
            " got to No. 12 in Australia.",
        ],
        video="yt:cF85surfB3l",
        film=("Coastline Fever", 1985),
        tracks=["Coastline Fever", "Saltwater Kiss"],
        people=[
            ("Coastline Fever", "The Breakwaters", "performer"),
            ("Coastline Fever", "Tom Ashdown", "composer"),
            ("Coastline Fever", "Nico Pappas", "composer"),
            ("Saltwater Kiss", "Jenny Lomax", "performer"),
        ],
        peaks=[
            ("Coastline Fever", 1, "australia_kent"),
            ("Saltwater Kiss", 12, "australia_kent"),
        ],
        certs=[("Coastline Fever", "platinum", 2, "aria")],
        places=["Lorne", "Bells Beach", "St Kilda"],
        stood=[
            ("Bells Beach", "the Kingsley Point Classic"),
            ("St Kilda", "Santa Monica"),
        ],
    ),
    post(
        "turbo-summer-d",
        "substack",
        "This week: TURBO SUMMER (1987)",
        [
            "Friends, this week's pick is pure sugar. Turbo Summer! Go-karts! Mullets!"
            " A villain in a white blazer!",
            "Director Skip Lanahan shot the whole thing in Myrtle Beach, South Carolina."
            " The go-kart track scenes? That's the old Myrtle Beach Pavilion, RIP.",
            "And the SONG. &#8220;Turn It Up! (Summer's Here)&#8221; by Roxy Raye! Roxy"
            " wrote it with her producer Mitch Doolan in about twenty minutes.",
            "It cracked the top 40 at No. 38 on the Hot 100. Not huge! But it was huge in"
            " my house!",
            "Also in there: &#8220;Go-Kart Girl&#8221; by the Hubcaps, during the big"
            " race. Their frontman Billy Roche sings it like he's being chased.",
            "The soundtrack album, <em>Turbo Summer: Music from the Motion Picture</em>,"
            " came out on Sunspot Records in July 1987 and went gold in America.",
            "My cousin saw it at the Bengies Drive-In outside Baltimore and still talks"
            " about it. Reply and tell me where YOU saw it!",
        ],
        video="yt:tRb0Sumr87x",
        film=("Turbo Summer", 1987),
        tracks=["Turn It Up! (Summer's Here)", "Go-Kart Girl"],
        people=[
            ("Turn It Up! (Summer's Here)", "Roxy Raye", "performer"),
            ("Turn It Up! (Summer's Here)", "Roxy Raye", "composer"),
            ("Turn It Up! (Summer's Here)", "Mitch Doolan", "composer"),
            ("Go-Kart Girl", "the Hubcaps", "performer"),
            ("Go-Kart Girl", "Billy Roche", "performer"),
        ],
        albums=["Turbo Summer: Music from the Motion Picture"],
        peaks=[("Turn It Up! (Summer's Here)", 38, "billboard_hot_100")],
        certs=[("Turbo Summer: Music from the Motion Picture", "gold", 1, "riaa")],
        places=["Myrtle Beach", "Myrtle Beach Pavilion"],
    ),
    post(
        "black-iris-d",
        "hugo",
        "Pressings guide: the Black Iris soundtrack",
        [
            "A reader asked which pressing of the <em>Black Iris</em> soundtrack to buy."
            " Short answer: the UK first. Long answer below.",
            "H: The album",
            "<em>Black Iris (Original Soundtrack)</em> was released by Kestrel Records in"
            " March 1991, catalogue KR-2209 on vinyl and KRCD-2209 on CD. The film itself"
            " opened a month later and was gone from cinemas by June.",
            "The record outlived the movie. It climbed to 17th place on the UK albums"
            " chart and peaked at #41 on the Billboard 200.",
            "It was certified gold by the BPI, and in Canada it went platinum, which"
            " nobody at Kestrel saw coming.",
            "H: The tracks that matter",
            "&#8220;Burn the Night... Again&#8221; is the reason anyone bought it. Iron"
            " Hollow's frontman Dex Kowalski wrote it, and the band recorded it in three"
            " days. It hit number three on Billboard's Mainstream Rock chart. Its video"
            " was filmed at Battersea Power Station, a year before everyone else did the"
            " same.",
            "The quiet one is &#8220;Black Iris (Love Theme)&#8221;, composed by Sabine"
            " Roth, who scored the film.",
            "The Japanese CD adds &#8220;Ashes&#8221; as a bonus track. It isn't in the"
            " film and it isn't very good.",
        ],
        video="vimeo:271190455",
        film=("Black Iris", 1991),
        tracks=["Burn the Night... Again", "Black Iris (Love Theme)"],
        people=[
            ("Burn the Night... Again", "Iron Hollow", "performer"),
            ("Burn the Night... Again", "Dex Kowalski", "composer"),
            ("Black Iris (Love Theme)", "Sabine Roth", "composer"),
        ],
        albums=["Black Iris (Original Soundtrack)"],
        peaks=[
            ("Black Iris (Original Soundtrack)", 17, "uk_albums"),
            ("Black Iris (Original Soundtrack)", 41, "billboard_200"),
            ("Burn the Night... Again", 3, "billboard_mainstream_rock"),
        ],
        certs=[
            ("Black Iris (Original Soundtrack)", "gold", 1, "bpi"),
            ("Black Iris (Original Soundtrack)", "platinum", 1, "music_canada"),
        ],
        places=["Battersea Power Station"],
    ),
    post(
        "last-exit-amarillo-d",
        "jekyll",
        "Last Exit to Amarillo: the FAQ",
        [
            "Readers keep emailing the same questions about Last Exit to Amarillo"
            " (1990), so here is the FAQ, once and for all.",
            "<strong>Q: Where was it filmed?</strong> A: Not in Amarillo! The Texas"
            " stretch was shot in New Mexico. Tucumcari played Amarillo, and the motel is"
            " the Blue Swallow Motel, which is still open if you want the room.",
            "<strong>Q: And the desert chase?</strong> A: That's the Bisti Badlands,"
            " south of Farmington.",
            "<strong>Q: Who sings the song over the opening credits?</strong> A:"
            " &#8220;Ghost Town Radio,&#8221; performed by Dusty Harlan &amp; the"
            " Lowlands.",
            "<strong>Q: Who wrote it?</strong> A: Harlan co-wrote it with Cheryl Tate, a"
            " Nashville songwriter who grew up in Lubbock.",
            "<strong>Q: Was it a hit?</strong> A: A modest one. It peaked at #27 on"
            " Billboard's Hot Country Singles chart and reached number 61 on the Hot"
            " 100.",
            "<strong>Q: What's on the diner jukebox?</strong> A: &#8220;Can't Stop the"
            " Rain&#8221; by the Hollister Brothers. Yes, it's a real song in the film,"
            " no, you can't buy it anywhere.",
            "<strong>Q: Is there a soundtrack album?</strong> A: Sadly, no. Only the"
            " single was ever released.",
            "<strong>Q: Who directed it?</strong> A: Ray Escobedo, his second feature"
            " after Dry County in 1987.",
        ],
        video="yt:gH0stT0wnRd",
        film=("Last Exit to Amarillo", 1990),
        tracks=["Ghost Town Radio", "Can't Stop the Rain"],
        people=[
            ("Ghost Town Radio", "Dusty Harlan & the Lowlands", "performer"),
            ("Ghost Town Radio", "Dusty Harlan", "composer"),
            ("Ghost Town Radio", "Cheryl Tate", "composer"),
            ("Can't Stop the Rain", "the Hollister Brothers", "performer"),
        ],
        peaks=[
            ("Ghost Town Radio", 27, "other:Billboard Hot Country Singles"),
            ("Ghost Town Radio", 61, "billboard_hot_100"),
        ],
        places=["Tucumcari", "Blue Swallow Motel", "Bisti Badlands"],
        stood=[("Tucumcari", "Amarillo")],
    ),
    post(
        "kingfisher-d",
        "handmade",
        "KINGFISHER (1976) - my favourite film page",
        [
            "Welcome back to my film page! This month: KINGFISHER, the best film ever"
            " made about a lighthouse keeper. Yes, I know there aren't many.",
            "The story takes place in Cornwall, but they made it in Scotland. Most of it"
            " was filmed at Ardnamurchan Lighthouse, and the village scenes were done in"
            " Tobermory on the Isle of Mull. Tobermory stood in for a Cornish fishing"
            " village, painted houses and all.",
            'Alasdair Gow wrote the score and the tune of "The Keeper\'s Song" at the'
            " end. The words are by the poet Fiona Lennie, and it is sung by Mairi"
            " MacRae, who has the loveliest voice I know.",
            "It got to number 24 in the UK singles chart in 1977, which my mum swears she"
            " helped with personally by buying four copies.",
            "The LP is on Lochside Records (LSR 7). I paid three pounds for mine at a car"
            " boot sale in Stockport.",
            "When I went up to see the lighthouse I stopped in Oban on the way. Lovely,"
            " but nothing to do with the film.",
            "Please sign my guestbook!",
        ],
        video="vimeo:55310982",
        film=("Kingfisher", 1976),
        tracks=["The Keeper's Song"],
        people=[
            ("The Keeper's Song", "Alasdair Gow", "composer"),
            ("The Keeper's Song", "Fiona Lennie", "composer"),
            ("The Keeper's Song", "Mairi MacRae", "performer"),
        ],
        albums=["Kingfisher soundtrack"],
        peaks=[("The Keeper's Song", 24, "uk_singles")],
        places=["Ardnamurchan Lighthouse", "Tobermory"],
        stood=[("Tobermory", "a Cornish fishing village")],
    ),
    post(
        "midnight-velocity-d",
        "wp_classic",
        "Midnight Velocity: the album, the pressings, the numbers",
        [
            "Time for another soundtrack from the crates: 'Midnight Velocity' (1984), a"
            " film I have never managed to sit through and an LP I have bought five"
            " times.",
            "The album is <em>Midnight Velocity: The Album</em>, released by Polestar"
            " Records in May 1984 (PSR-24410; the cassette is PSC-24410).",
            "&#8220;Faster Than Love&#8221; is the single. Shana Vex sings it; Anton"
            " Keller and Lisa Marr wrote it in Munich, where Keller had his studio.",
            "The single hit number four in the UK and number three in West Germany.",
            "The LP itself was No. 1 on Billboard's Soundtracks chart. It went triple"
            " platinum in the US and was certified gold by the BVMI.",
            "Also worth your time: &#8220;Night Drive (Reprise)&#8221;, performed by"
            " Keller alone on a Fairlight, under the tunnel chase.",
            "Keller's later hit &#8220;Glass Heart&#8221; (1986) is not on it, whatever"
            " the eBay listings claim.",
        ],
        video="yt:mV84pol-Str",
        film=("Midnight Velocity", 1984),
        tracks=["Faster Than Love", "Night Drive (Reprise)"],
        people=[
            ("Faster Than Love", "Shana Vex", "performer"),
            ("Faster Than Love", "Anton Keller", "composer"),
            ("Faster Than Love", "Lisa Marr", "composer"),
            ("Night Drive (Reprise)", "Anton Keller", "performer"),
        ],
        albums=["Midnight Velocity: The Album"],
        peaks=[
            ("Faster Than Love", 4, "uk_singles"),
            ("Faster Than Love", 3, "germany_media_control"),
            ("Midnight Velocity: The Album", 1, "billboard_soundtracks"),
        ],
        certs=[
            ("Midnight Velocity: The Album", "platinum", 3, "riaa"),
            ("Midnight Velocity: The Album", "gold", 1, "bvmi"),
        ],
    ),
    post(
        "cartographers-daughter-d",
        "gutenberg",
        "Walking The Cartographer's Daughter in Budapest and Prague",
        [
            "If you visit Budapest with <em>The Cartographer's Daughter</em> (1992) in"
            " your head, you will keep seeing Vienna. That's the trick of the film:"
            " Budapest doubled for Vienna in almost every street scene.",
            "Take the train up the Danube to Szentendre, where they shot the market and"
            " the wedding. The church steps are exactly as they were.",
            "H: Prague",
            "The famous library scene was filmed in Prague, at the Strahov Library, which"
            " subbed for the imperial map archive. You can only look in from the door"
            " now, but you will recognise it at once.",
            "I ended the trip in Vienna itself, which felt like cheating. Nothing was"
            " filmed there.",
            "H: The music",
            "The song is &#8220;Paper Rivers&#8221;. Ferenc K&aacute;d&aacute;r, who"
            " scored the film, wrote the melody, and the English lyric is Paul"
            " Deverell's. Elise Marchand sings it.",
            "It peaked at No. 18 in the UK in early 1993.",
            "The soundtrack album, <em>Maps and Silences</em>, came out on Sonora"
            " Classics in October 1992, and it's a good walking companion.",
        ],
        video="vimeo:402118830",
        film=("The Cartographer's Daughter", 1992),
        tracks=["Paper Rivers"],
        people=[
            ("Paper Rivers", "Ferenc Kádár", "composer"),
            ("Paper Rivers", "Paul Deverell", "composer"),
            ("Paper Rivers", "Elise Marchand", "performer"),
        ],
        albums=["Maps and Silences"],
        peaks=[("Paper Rivers", 18, "uk_singles")],
        places=["Budapest", "Szentendre", "Strahov Library"],
        stood=[
            ("Budapest", "Vienna"),
            ("Strahov Library", "the imperial map archive"),
        ],
    ),
    post(
        "salt-flats-d",
        "ghost",
        "Salt Flats, and the summer of 1981",
        [
            "I saw Salt Flats on a first date. Neither of us liked it. We got married"
            " anyway.",
            "It is a slow film about a woman who wants to drive faster than anyone has,"
            " and a mechanic who doesn't want her to. Dale Pruitt directed; Anne Lorrimer"
            " and Gus Halvorsen are the two leads.",
            "The song came first for us. &#8220;All the Way Out (to Wendover)&#8221; is"
            " Maggie Thorne's, sung and co-written by her, with Walt Ebersole.",
            "It was a number-one Adult Contemporary record for two weeks that summer and"
            " peaked at No. 19 on the Hot 100. We heard it everywhere.",
            "H: Where they made it",
            "They shot the racing on the Bonneville Salt Flats and the motel scenes in"
            " Wendover, on the state line. The diner is in Salt Lake City's Sugar House,"
            " posing as a neighborhood in Denver.",
            "My wife grew up in Elko, two hours west. She says the film got the light"
            " right and the wind wrong.",
            "We watched it again last month. We still don't like it. We both knew all the"
            " words to the song.",
        ],
        video="yt:sLtF1at5-81",
        film=("Salt Flats", 1981),
        tracks=["All the Way Out (to Wendover)"],
        people=[
            ("All the Way Out (to Wendover)", "Maggie Thorne", "performer"),
            ("All the Way Out (to Wendover)", "Maggie Thorne", "composer"),
            ("All the Way Out (to Wendover)", "Walt Ebersole", "composer"),
        ],
        peaks=[
            ("All the Way Out (to Wendover)", 1, "billboard_adult_contemporary"),
            ("All the Way Out (to Wendover)", 19, "billboard_hot_100"),
        ],
        places=["Bonneville Salt Flats", "Wendover", "Sugar House"],
        stood=[("Sugar House", "a neighborhood in Denver")],
    ),
    post(
        "thunder-kowloon-d",
        "blogger",
        "7 things about Thunder Over Kowloon",
        [
            "Seven things worth knowing about Thunder Over Kowloon, the 1989 cop film"
            " that somehow became a British pop hit.",
            "H: 1. The cast",
            "LIST: Danny Cheung as Inspector Lau | Helen Brooke as the reporter | Sammy"
            " Ho as the informant",
            "H: 2. The walled city",
            "Much of the chase was shot inside the Kowloon Walled City, a few years before"
            " it was torn down. Nobody could do that now.",
            "H: 3. The harbour",
            "The night-market scenes were shot in Tsim Sha Tsui, with the harbour"
            " behind.",
            "H: 4. The flashbacks",
            "The 1930s flashbacks were shot in Macau, which played 1930s Shanghai.",
            "H: 5. The song",
            "&#8220;Thunder in My Veins&#8221; is by the synth duo Neon Circuit; Gary Fenn"
            " and Joanna Pryce wrote it on a flight to Hong Kong.",
            "H: 6. The charts",
            "It reached #9 in the UK and No. 15 in Australia, and the BPI certified it"
            " silver.",
            "H: 7. The sequel",
            "Thunder Over Kowloon 2 (1991) has a different song and is not worth your"
            " evening.",
        ],
        video="yt:Kw7thNdr89a",
        film=("Thunder Over Kowloon", 1989),
        tracks=["Thunder in My Veins"],
        people=[
            ("Thunder in My Veins", "Neon Circuit", "performer"),
            ("Thunder in My Veins", "Gary Fenn", "composer"),
            ("Thunder in My Veins", "Joanna Pryce", "composer"),
        ],
        peaks=[
            ("Thunder in My Veins", 9, "uk_singles"),
            ("Thunder in My Veins", 15, "australia_kent"),
        ],
        certs=[("Thunder in My Veins", "silver", 1, "bpi")],
        places=["Kowloon Walled City", "Tsim Sha Tsui", "Macau"],
        stood=[("Macau", "1930s Shanghai")],
    ),
    post(
        "fourth-and-long-d",
        "medium",
        "Fourth and Long is the best bad football movie ever made",
        [
            "Fourth and Long. 1986. A washed-up quarterback coaches a high-school team."
            " You know the rest. I love it anyway!",
            "They filmed the big game at the Rose Bowl. The ACTUAL Rose Bowl!",
            "The school scenes were shot at Long Beach Polytechnic High School, which"
            " played Carver High. My brother went to Poly and is still insufferable"
            " about it.",
            "Now the music. &#8220;All-American Heartbreak&#8221; is performed by the"
            " band Crossfire, vocals by Jimmy Lutz, and it was co-written by Lutz and an"
            " outside writer, Diane Kemper.",
            "That track spent three weeks at No. 2 on Billboard's Mainstream Rock chart."
            " It also got to number 26 on the Hot 100!",
            "The other one is &#8220;Homecoming Queen&#8221; by Tina Marlowe, which plays"
            " at the dance. Sweet, forgettable, perfect.",
            "The soundtrack did go gold, I'm told, though I've never seen the plaque.",
            "Coach's speech at halftime still gets me. Every. Single. Time!",
        ],
        video="vimeo:188834021",
        film=("Fourth and Long", 1986),
        tracks=["All-American Heartbreak", "Homecoming Queen"],
        people=[
            ("All-American Heartbreak", "Crossfire", "performer"),
            ("All-American Heartbreak", "Jimmy Lutz", "performer"),
            ("All-American Heartbreak", "Jimmy Lutz", "composer"),
            ("All-American Heartbreak", "Diane Kemper", "composer"),
            ("Homecoming Queen", "Tina Marlowe", "performer"),
        ],
        albums=["Fourth and Long soundtrack"],
        peaks=[
            ("All-American Heartbreak", 2, "billboard_mainstream_rock"),
            ("All-American Heartbreak", 26, "billboard_hot_100"),
        ],
        places=["Rose Bowl", "Long Beach Polytechnic High School"],
        stood=[("Long Beach Polytechnic High School", "Carver High")],
    ),
    post(
        "rue-cler-d",
        "squarespace",
        "Rain on Rue Cler, thirty years later",
        [
            "I moved to Paris because of a film. I am almost embarrassed to say which"
            " one: <em>Rain on Rue Cler</em>, 1979, a love story with more umbrellas"
            " than dialogue.",
            "Most of it was shot on the Rue Cler itself, in the seventh, and at the Gare"
            " de l'Est for the goodbye. The caf&eacute; interiors were not. Those were"
            " filmed in Montreal, in the Plateau Mont-Royal, which stood in for Paris so"
            " well that I never noticed until a friend from Quebec laughed at me.",
            "The song is &#8220;Sous la pluie&#8221;. Philippe Arnaud wrote the music and"
            " Claire Dumas the words, and she sings it too, very close to the"
            " microphone.",
            "In France it was certified gold. In Canada it reached number 5, the"
            " Quebecois claiming it as their own.",
            "The LP, titled simply <em>Rue Cler</em>, came out on Disques Mirabeau in"
            " March 1979. Mine has a water stain that seems right.",
            "The director, Jean-Luc Varenne, lives in Lyon now. I wrote to him once. He"
            " did not write back, and that seems right too.",
        ],
        video="vimeo:77120943",
        film=("Rain on Rue Cler", 1979),
        tracks=["Sous la pluie"],
        people=[
            ("Sous la pluie", "Philippe Arnaud", "composer"),
            ("Sous la pluie", "Claire Dumas", "composer"),
            ("Sous la pluie", "Claire Dumas", "performer"),
        ],
        albums=["Rue Cler"],
        peaks=[("Sous la pluie", 5, "canada_rpm")],
        certs=[("Sous la pluie", "gold", 1, "snep")],
        places=["Rue Cler", "Gare de l'Est", "Plateau Mont-Royal"],
        stood=[("Plateau Mont-Royal", "Paris")],
    ),
    post(
        "glacier-run-d",
        "substack",
        "Glacier Run: your questions answered",
        [
            "The mailbag was full after last week's Glacier Run (1994) rewatch, so let's"
            " do it Q&amp;A style.",
            "<strong>Q: Was any of it filmed in Alaska?</strong> A: Barely. A second unit"
            " grabbed aerials over Juneau and flew home.",
            "<strong>Q: So where was it filmed?</strong> A: Mostly in British Columbia."
            " Squamish doubled for Port Kellen, the made-up Alaskan town in the script,"
            " and the glacier sequences were shot on Vatnaj&ouml;kull in Iceland.",
            "<strong>Q: Who sings the end-credits song?</strong> A: &#8220;Whiteout&#8221;"
            " is by the singer Lena Sorensen, who penned it with Tyler Brandt.",
            "<strong>Q: Did it chart?</strong> A: It reached No. 6 on the Canadian RPM"
            " chart and number 44 on the Billboard Hot 100.",
            "<strong>Q: Certified?</strong> A: Double platinum in Canada, if you can"
            " believe it.",
            "<strong>Q: Is there an album?</strong> A: Yes: <em>Glacier Run: Original"
            " Motion Picture Soundtrack</em>, Borealis Records, November 1994.",
            "<strong>Q: Who directed it?</strong> A: Kurt Lindqvist, a Swede who said"
            " he had never been so cold.",
        ],
        video="yt:Gl4c13r-Run",
        film=("Glacier Run", 1994),
        tracks=["Whiteout"],
        people=[
            ("Whiteout", "Lena Sorensen", "performer"),
            ("Whiteout", "Lena Sorensen", "composer"),
            ("Whiteout", "Tyler Brandt", "composer"),
        ],
        albums=["Glacier Run: Original Motion Picture Soundtrack"],
        peaks=[
            ("Whiteout", 6, "canada_rpm"),
            ("Whiteout", 44, "billboard_hot_100"),
        ],
        certs=[("Whiteout", "platinum", 2, "music_canada")],
        places=["Juneau", "Squamish", "Vatnajökull"],
        stood=[("Squamish", "Port Kellen")],
    ),
    post(
        "crescent-city-shuffle-d",
        "hugo",
        "CRESCENT CITY SHUFFLE: a love letter",
        [
            "Crescent City Shuffle turns 40 next year and I am ready to PARTY.",
            "Quick refresher: it's the 1980 one with the trumpet-playing cab driver and"
            " the heiress. Marvin Teague directed. Yolanda Price steals every scene.",
            "H: Where they shot it",
            "Those balcony scenes? Real. They shot them in New Orleans' French Quarter."
            " The club scenes were shot at Tipitina's! And the big estate is Oak Alley"
            " Plantation, which played the Delacroix estate.",
            "H: The tunes",
            "&#8220;Second Line Strut&#8221; is performed by the Marigny Brass Band, and"
            " their trumpeter Alphonse Guidry wrote it. Guidry was born in Lafayette,"
            " by the way. Not relevant. Just cool.",
            "Then there's Della Fontaine's &#8220;Sweet Magnolia Moon.&#8221; It peaked"
            " at number 11 on the Adult Contemporary chart, and in Britain it cracked the"
            " top 40 at No. 40. Ha!",
            "The soundtrack LP (Bayou Sound BSR-3310) was certified gold by the RIAA."
            " Find one with the gatefold!",
        ],
        video="yt:CcS-1980nOl",
        film=("Crescent City Shuffle", 1980),
        tracks=["Second Line Strut", "Sweet Magnolia Moon"],
        people=[
            ("Second Line Strut", "Marigny Brass Band", "performer"),
            ("Second Line Strut", "Alphonse Guidry", "composer"),
            ("Sweet Magnolia Moon", "Della Fontaine", "performer"),
        ],
        albums=["Crescent City Shuffle soundtrack"],
        peaks=[
            ("Sweet Magnolia Moon", 11, "billboard_adult_contemporary"),
            ("Sweet Magnolia Moon", 40, "uk_singles"),
        ],
        certs=[("Crescent City Shuffle soundtrack", "gold", 1, "riaa")],
        places=["French Quarter", "Tipitina's", "Oak Alley Plantation"],
        stood=[("Oak Alley Plantation", "the Delacroix estate")],
    ),
    post(
        "static-channel-nine-d",
        "jekyll",
        "Static on Channel Nine: the soundtrack that ate 1995",
        [
            "Few people remember Static on Channel Nine, the film. Everybody remembers"
            " the record.",
            "<em>Static on Channel Nine (Music from the Motion Picture)</em> came out on"
            " Seaward Records in September 1995. My copy is the first US CD, SWD 2-46071,"
            " with the lenticular cover that cracked in every shop.",
            "The album peaked at No. 5 on the Billboard 200. The RIAA certified it 4x"
            " Platinum, and ARIA made it platinum in Australia.",
            "&#8220;Wasted Signal&#8221; by Fernhill is the one you know. Singer Cole"
            " Decker and bassist Ana Ruiz wrote it; Fernhill were from Tacoma, though"
            " every article calls them a Seattle band.",
            "That track topped Billboard's Mainstream Rock chart for four weeks. The"
            " video was shot at the Paramount Theatre in Seattle, empty, at dawn.",
            "Deeper in: &#8220;Everybody's Somebody's Radio&#8221; by Lou Pressman"
            " featuring June Ocampo, which Pressman wrote alone in a week.",
            "Pressings to avoid: the 1999 budget reissue drops two tracks.",
        ],
        video="vimeo:143377920",
        film=("Static on Channel Nine", 1995),
        tracks=["Wasted Signal", "Everybody's Somebody's Radio"],
        people=[
            ("Wasted Signal", "Fernhill", "performer"),
            ("Wasted Signal", "Cole Decker", "composer"),
            ("Wasted Signal", "Ana Ruiz", "composer"),
            ("Everybody's Somebody's Radio", "Lou Pressman", "performer"),
            ("Everybody's Somebody's Radio", "June Ocampo", "performer"),
            ("Everybody's Somebody's Radio", "Lou Pressman", "composer"),
        ],
        albums=["Static on Channel Nine (Music from the Motion Picture)"],
        peaks=[
            (
                "Static on Channel Nine (Music from the Motion Picture)",
                5,
                "billboard_200",
            ),
            ("Wasted Signal", 1, "billboard_mainstream_rock"),
        ],
        certs=[
            (
                "Static on Channel Nine (Music from the Motion Picture)",
                "platinum",
                4,
                "riaa",
            ),
            (
                "Static on Channel Nine (Music from the Motion Picture)",
                "platinum",
                1,
                "aria",
            ),
        ],
        places=["Paramount Theatre"],
    ),
    post(
        "gull-island-d",
        "handmade",
        "Gull Island (1982) - my notes",
        [
            "Gull Island is the film I show everyone and nobody likes. Here's why I love"
            " it anyway.",
            "It's meant to be Ireland, an island off the coast of Mayo. It isn't. It's"
            " Wales! The village of Portmeirion doubled for Inishgall, the island village"
            " in the story, and the storm scenes were shot off Bardsey Island. The castle"
            " is Harlech Castle.",
            'Music: the jig in the pub is "Gull Island Reel", played by the folk band'
            " Tarranmore. Their fiddler Owen Pritchard wrote it.",
            'Then the song at the end, "Come Home, Sailor", sung by Si&acirc;n Morgan,'
            " words and music by Gareth Lloyd-Evans.",
            "There's a record, Songs from Gull Island, on Cambrian Records (CAM 114)."
            " It never charted anywhere. I have two.",
            "The director, Michael Tierney, was from Galway, which is probably why he"
            " wanted it to be Irish.",
            "I went to Portmeirion in 2004 and stayed in Porthmadog. Still the best"
            " holiday I ever had.",
        ],
        video="yt:gU11sL4nd82",
        film=("Gull Island", 1982),
        tracks=["Gull Island Reel", "Come Home, Sailor"],
        people=[
            ("Gull Island Reel", "Tarranmore", "performer"),
            ("Gull Island Reel", "Owen Pritchard", "composer"),
            ("Come Home, Sailor", "Siân Morgan", "performer"),
            ("Come Home, Sailor", "Gareth Lloyd-Evans", "composer"),
        ],
        albums=["Songs from Gull Island"],
        places=["Portmeirion", "Bardsey Island", "Harlech Castle"],
        stood=[("Portmeirion", "Inishgall")],
    ),
]
