"""Round 6, set J: twenty posts by a twelfth writer who never saw the importer's code.

Invented films (1975-1995), songs, people, bands and labels; real filming places. Each markup of markups.RENDERERS is used twice. Annotated per ANNOTATING.md.
"""

from .spec import post

POSTS = [
    post(
        "paper-kite-club-movie-night-j",
        "wp_classic",
        "Movie Night: We Rewatched The Paper Kite Club (and I Cried Twice)",
        [
            (
                "Okay, confession time. Friday was supposed to be pizza and whatever "
                "cartoon Hattie picked, but I &#8216;accidentally&#8217; left my old "
                "VHS of <em>The Paper Kite Club</em> on the coffee table, and Milo "
                "(nine, suspicious of anything older than his dad) asked what it "
                "was. Reader, we watched it. The 1987 one, obviously, not the "
                "dreadful TV remake from 2004."
            ),
            (
                "Quick recap for the younger mums: four kids, one broken-down kite "
                "shop, one summer to save it. The film pretends it all happens in a "
                "sleepy town in Maine called Pinewood, but I knew from my teenage "
                "fan-club newsletter (yes, I was that girl) that none of it was shot "
                "anywhere near Maine."
            ),
            (
                "The beach scenes, the ones where the giant dragon kite finally goes "
                "up, were filmed on Cannon Beach in Oregon. The school bits? "
                "That&#8217;s Astoria High School, dressed up as Pinewood Junior "
                "High with a new sign and a lot of bunting. Milo was outraged that a "
                "real school could look that old. I reminded him that so do I."
            ),
            "H: The songs (aka the bit where Mum sang too loudly)",
            (
                "The big one is &#8220;Windward (Take Me Up)&#8221; by The Marigold "
                "Set. It plays over the kite launch and I defy anyone not to get a "
                "lump in their throat. Corinne Ashby and Dale Pruitt wrote it, and "
                "it got all the way to No. 14 on the Billboard Hot 100 that autumn, "
                "which my husband refused to believe until I showed him on my phone."
            ),
            (
                "Then there&#8217;s the goofy one, &#8220;Saturday Without "
                "Rain&#8221;, which Tommy Vell wrote and sang himself. Hattie has "
                "now played it eleven times. Eleven. She also keeps asking for "
                "&#8220;the rainbow song&#8221;, which is from her school nativity "
                "and has nothing whatsoever to do with this film, darling."
            ),
            (
                "I still have the soundtrack LP in the loft (Mum, thank you for "
                "never throwing anything out). It went gold in the States, "
                "apparently, which surprised me, because I don&#8217;t remember a "
                "single other person at school owning it."
            ),
            (
                "Verdict from the sofa: Milo gave it &#8220;seven out of ten, the "
                "dog was good&#8221;, Hattie gave it a hundred, and I gave it most "
                "of a box of tissues. Here&#8217;s the launch scene if you fancy a "
                "little cry too."
            ),
        ],
        video="yt:Kp4xT9wQe2L",
        film=("The Paper Kite Club", 1987),
        tracks=["Windward (Take Me Up)", "Saturday Without Rain"],
        people=[
            ("Windward (Take Me Up)", "Corinne Ashby", "composer"),
            ("Windward (Take Me Up)", "Dale Pruitt", "composer"),
            ("Windward (Take Me Up)", "The Marigold Set", "performer"),
            ("Saturday Without Rain", "Tommy Vell", "composer"),
            ("Saturday Without Rain", "Tommy Vell", "performer"),
        ],
        albums=["The Paper Kite Club soundtrack"],
        peaks=[("Windward (Take Me Up)", 14, "billboard_hot_100")],
        certs=[("The Paper Kite Club soundtrack", "gold", 1, "riaa")],
        places=["Cannon Beach", "Astoria High School"],
        stood=[("Astoria High School", "Pinewood Junior High")],
    ),
    post(
        "causeway-lights-chart-autopsy-j",
        "gutenberg",
        "Anatomy of a Slow Climb: The Chart Life of Causeway Lights",
        [
            (
                "Some hits explode. &#8220;Causeway Lights&#8221; crept. Released as "
                "the lead single from <em>Neon Causeway</em> in the spring of 1984, "
                "it debuted on the Billboard Hot 100 at a modest No. 78 and took "
                "eleven weeks to reach its ceiling of No. 3, where it sat behind two "
                "records nobody now remembers."
            ),
            (
                "The song belongs, in the credits at least, to two people: Lionel "
                "Okafor, a session keyboardist who had never placed a composition "
                "before, and the singer Vesper Gray, who added the lyric in what she "
                "later called &#8220;one very long bus ride&#8221;. Gray also sings "
                "it, and her vocal is the record; Okafor&#8217;s glassy arpeggios "
                "are the reason programmers couldn&#8217;t stop playing it."
            ),
            "H: The format game",
            (
                "Where it really lived was adult contemporary radio. The track spent "
                "three weeks at number one on Billboard&#8217;s Adult Contemporary "
                "chart, a run that outlasted its pop peak by a month. Rock stations "
                "were less kind: the label&#8217;s push at album-rock radio went "
                "nowhere, and the song never appeared on that chart at all."
            ),
            (
                "Abroad it was a different story. In Britain it stalled at No. 22 on "
                "the singles chart, and Gray&#8217;s own follow-up, &#8220;Low Tide "
                "Letters&#8221;, which has nothing to do with the film, limped to "
                "No. 61 there a few months later."
            ),
            (
                "The album, <em>Neon Causeway: Music from the Motion Picture</em>, "
                "peaked at number nine on the Billboard 200 and was certified double "
                "platinum by the RIAA in 1985; the single itself went gold. For a "
                "film whose most famous image is Ray Dominic&#8217;s convertible "
                "gliding along the Seven Mile Bridge in the Florida Keys at three in "
                "the morning, that feels about right: a soundtrack built for driving."
            ),
            (
                "The club scenes were staged in the ballroom of the Fontainebleau "
                "hotel in Miami Beach, which stands in for the fictional Paradiso "
                "club. Producer Walt Simms reportedly wanted the bridge footage "
                "faked in Los Angeles to save money; the director refused, and the "
                "charts, in a roundabout way, proved him right."
            ),
        ],
        video="vimeo:81736452",
        film=("Neon Causeway", 1984),
        tracks=["Causeway Lights"],
        people=[
            ("Causeway Lights", "Lionel Okafor", "composer"),
            ("Causeway Lights", "Vesper Gray", "composer"),
            ("Causeway Lights", "Vesper Gray", "performer"),
        ],
        albums=["Neon Causeway: Music from the Motion Picture"],
        peaks=[
            ("Causeway Lights", 3, "billboard_hot_100"),
            ("Causeway Lights", 1, "billboard_adult_contemporary"),
            ("Causeway Lights", 22, "uk_singles"),
            ("Neon Causeway: Music from the Motion Picture", 9, "billboard_200"),
        ],
        certs=[
            ("Neon Causeway: Music from the Motion Picture", "platinum", 2, "riaa"),
            ("Causeway Lights", "gold", 1, "riaa"),
        ],
        places=["Seven Mile Bridge", "Fontainebleau"],
        stood=[("Fontainebleau", "the fictional Paradiso club")],
    ),
    post(
        "frostline-rpm-and-uk-charts-j",
        "ghost",
        "Frostline at 35: How It Did on RPM (and Across the Pond)",
        [
            (
                "Regular readers know the drill here: I care about two charts, the "
                "one we grew up with (RPM, rest its soul) and the British one my "
                "aunt in Leeds used to post me clippings from. So when a reader in "
                "Saskatoon asked about <em>Frostline</em>, the 1989 hockey-town "
                "thriller, I went digging through the binders."
            ),
            (
                "First, the setting versus the shoot. The film says it&#8217;s "
                "Chicago in February. It was shot in February all right, just a good "
                "deal further north-east, and trust me, that is colder. "
                "Toronto&#8217;s Distillery District plays a Chicago warehouse row, "
                "and pretty convincingly too, and the big chase ends inside Union "
                "Station, which plays a Manhattan train terminal for reasons the "
                "script never explains."
            ),
            "H: The single",
            (
                "&#8220;Cold Hands, Warm Heart&#8221; is the song everyone "
                "remembers, played by Northgate over the final face-off. Ray "
                "Dufresne wrote it on a borrowed piano in Sudbury, where he was "
                "born, and the band cut it in two takes. On RPM&#8217;s singles "
                "chart it got to number two and stayed there for three weeks, kept "
                "off the top by a novelty record I refuse to name. In the UK it "
                "peaked at 31, which for a Canadian bar band was frankly miraculous."
            ),
            (
                "The other piece of music worth your time is the &#8220;Frostline "
                "Theme&#8221;, composed and performed by Marguerite Ladouceur on a "
                "Prophet-5 in her Montreal apartment. It never charted and it "
                "isn&#8217;t on the single, but it opens the album."
            ),
            (
                "Speaking of which: <em>Frostline: Original Soundtrack</em> was "
                "certified double platinum by CRIA (the body we now call Music "
                "Canada) within a year, and it reached No. 6 on the RPM albums "
                "chart. It did not chart in Britain at all, whatever a certain "
                "anonymous edit from 2011 claims."
            ),
            (
                "Northgate, for the record, came out of Hamilton and broke up in "
                "1993. Their later single &#8220;Lake Effect&#8221; reached No. 17 "
                "on RPM but is not in the film, so don&#8217;t go hunting for it on "
                "the soundtrack."
            ),
        ],
        video="yt:Zr8nM1bVc3D",
        film=("Frostline", 1989),
        tracks=["Cold Hands, Warm Heart", "Frostline Theme"],
        people=[
            ("Cold Hands, Warm Heart", "Ray Dufresne", "composer"),
            ("Cold Hands, Warm Heart", "Northgate", "performer"),
            ("Frostline Theme", "Marguerite Ladouceur", "composer"),
            ("Frostline Theme", "Marguerite Ladouceur", "performer"),
        ],
        albums=["Frostline: Original Soundtrack"],
        peaks=[
            ("Cold Hands, Warm Heart", 2, "canada_rpm"),
            ("Cold Hands, Warm Heart", 31, "uk_singles"),
            ("Frostline: Original Soundtrack", 6, "canada_rpm"),
        ],
        certs=[("Frostline: Original Soundtrack", "platinum", 2, "music_canada")],
        places=["Distillery District", "Union Station"],
        stood=[
            ("Distillery District", "a Chicago warehouse row"),
            ("Union Station", "a Manhattan train terminal"),
        ],
    ),
    post(
        "saltbush-road-kent-chart-j",
        "blogger",
        "Saltbush Road and the Summer the Kent Chart Went Red",
        [
            (
                "G&#8217;day from a very hot Adelaide. If you were a teenager here "
                "in 1986 you could not escape <em>Saltbush Road</em>, and you "
                "definitely could not escape its theme. My brother wore the cassette "
                "out on a family trip to Ceduna and back."
            ),
            (
                "&#8220;Red Dust Radio&#8221; by The Gallahs was written by Fenn "
                "Mackay and Jo Kirrin, the band&#8217;s two guitarists, and it went "
                "to number four on the Kent Music Report that February. Those of you "
                "under forty: the Kent chart was what we had before ARIA took over "
                "the national chart in mid-1988."
            ),
            (
                "The film&#8217;s second single had a stranger life. Annie "
                "Bolt&#8217;s &#8220;Long Way to Ceduna&#8221; (she wrote it too) "
                "missed the Kent top 50 completely in 1986, then got picked up by a "
                "beer ad and climbed to No. 38 on the ARIA Singles Chart in 1991, "
                "five years after the film left cinemas. Across the Tasman it did "
                "better, peaking at No. 7 on the RIANZ chart."
            ),
            "H: Going triple",
            (
                "The soundtrack album, on a tiny Melbourne label called Blackwattle "
                "Records, was certified 3&#215; platinum by ARIA, which is no small "
                "thing for a local record with a ute on the cover."
            ),
            "H: Where they shot it",
            (
                "The opal town in the film is meant to be somewhere in Nevada (the "
                "plot has the brothers running from a Las Vegas debt), but that is "
                "Coober Pedy playing a dusty Nevada mining town, dugout homes and "
                "all. The pub brawl was filmed at the Silverton Hotel outside Broken "
                "Hill, the same bar half the country&#8217;s ads have used since, "
                "and the final shot along the Stuart Highway was, I&#8217;m told, "
                "done in one take at sunrise."
            ),
            (
                "The Gallahs came from Geelong and never had another hit, though "
                "&#8220;Sundowner&#8221;, an album track from 1988, gets a lot of "
                "love on community radio. Give the clip a spin below."
            ),
        ],
        video="yt:Ab3dE5fG7hJ",
        film=("Saltbush Road", 1986),
        tracks=["Red Dust Radio", "Long Way to Ceduna"],
        people=[
            ("Red Dust Radio", "Fenn Mackay", "composer"),
            ("Red Dust Radio", "Jo Kirrin", "composer"),
            ("Red Dust Radio", "The Gallahs", "performer"),
            ("Long Way to Ceduna", "Annie Bolt", "performer"),
            ("Long Way to Ceduna", "Annie Bolt", "composer"),
        ],
        albums=["Saltbush Road soundtrack"],
        peaks=[
            ("Red Dust Radio", 4, "australia_kent"),
            ("Long Way to Ceduna", 38, "other:ARIA Singles Chart"),
            ("Long Way to Ceduna", 7, "other:RIANZ"),
        ],
        certs=[("Saltbush Road soundtrack", "platinum", 3, "aria")],
        places=["Coober Pedy", "Silverton Hotel", "Stuart Highway"],
        stood=[("Coober Pedy", "a dusty Nevada mining town")],
    ),
    post(
        "glass-harbour-lichter-am-hafen-j",
        "medium",
        "Why Every German of My Age Knows Lichter am Hafen",
        [
            (
                "First I must apologise for my English, which I learned mostly from "
                "film subtitles. I am from Wuppertal, I am 52 years old, and in the "
                "summer of 1985 there was one song on every radio in West Germany: "
                "&#8220;Lichter am Hafen&#8221; by Stahlblau, from the "
                "British-German film <em>Glass Harbour</em>."
            ),
            (
                "The song was written by Jens Harnack, the keyboard player, and "
                "performed by the whole band, Stahlblau. It went to number one in "
                "the Media Control chart and stayed at the top for six weeks. In "
                "Austria it reached number 3 on the &#214;3 Austria Top 40, and in "
                "Switzerland number 5 on the Swiss Hitparade. The BVMI gave the "
                "single a gold record, which was very rare in those years for a song "
                "from a film."
            ),
            (
                "There was also an English version, &#8220;Harbour Lights&#8221;, "
                "made for the British market. It is not in the film, and it reached "
                "only number 67 in the UK. I think the English people were correct "
                "to ignore it; the words are very strange."
            ),
            "H: Hamburg pretending to be Holland",
            (
                "The film is set in Rotterdam, but almost nothing was filmed in the "
                "Netherlands. The old warehouses of the Speicherstadt play the "
                "Rotterdam docks, and the big night scene with the lorry is on the "
                "K&#246;hlbrand Bridge, which you recognise immediately if you have "
                "ever driven to the port. Only the ferry scene was filmed in the "
                "real Rotterdam, at the Erasmus Bridge &#8212; no, I must be honest, "
                "the Erasmus Bridge was not built until 1996, so this is impossible. "
                "It was the Willemsbrug."
            ),
            (
                "The soundtrack LP, <em>Glass Harbour &#8211; Musik aus dem "
                "Film</em>, came out on Nordlicht Schallplatten and reached number 8 "
                "on the German album chart. Beside the hit it has the instrumental "
                "&#8220;Kaltes Wasser&#8221;, composed by Friedrich Aue, who wrote "
                "the score. It is the best thing on the record and nobody knows it."
            ),
            (
                "My mother still has the single with the yellow sleeve. She says I "
                "can have it when she is dead, which is the German way of saying she "
                "loves me."
            ),
        ],
        video="yt:Hq2Lm8Np4Rs",
        film=("Glass Harbour", 1985),
        tracks=["Lichter am Hafen", "Kaltes Wasser"],
        people=[
            ("Lichter am Hafen", "Jens Harnack", "composer"),
            ("Lichter am Hafen", "Stahlblau", "performer"),
            ("Kaltes Wasser", "Friedrich Aue", "composer"),
        ],
        albums=["Glass Harbour – Musik aus dem Film"],
        peaks=[
            ("Lichter am Hafen", 1, "germany_media_control"),
            ("Lichter am Hafen", 3, "other:Ö3 Austria Top 40"),
            ("Lichter am Hafen", 5, "other:Swiss Hitparade"),
            ("Glass Harbour – Musik aus dem Film", 8, "germany_media_control"),
        ],
        certs=[("Lichter am Hafen", "gold", 1, "bvmi")],
        places=["Speicherstadt", "Köhlbrand Bridge", "Willemsbrug"],
        stood=[("Speicherstadt", "the Rotterdam docks")],
    ),
    post(
        "hollow-choir-horror-hymns-j",
        "squarespace",
        ("The Hollow Choir (1981): Hymns, Drownings and a Castle That Isn't an Abbey"),
        [
            (
                "Welcome back, crypt-keepers. Tonight&#8217;s feature is the little "
                "British chiller that scared a whole generation off church outings: "
                "<em>The Hollow Choir</em>, directed by Mortimer Slade in 1981 and, "
                "for my money, the creepiest use of children&#8217;s voices in the "
                "genre."
            ),
            (
                "The story puts us on the Cornish coast, in a remote abbey where the "
                "choirboys keep vanishing one by one. But look closely at those "
                "battlements. That&#8217;s Eilean Donan Castle in the Scottish "
                "Highlands standing in for the abbey of St. Brannock, with some very "
                "unconvincing fog pumped across the causeway. The moor where the "
                "first body turns up? Rannoch Moor, about as far from Cornwall as "
                "you can get on the island."
            ),
            "H: That hymn",
            (
                "The piece you&#8217;ll hum on the way to bed is &#8220;Hymn for the "
                "Drowned&#8221;, composed by Ezra Quill, who wrote the whole score, "
                "and sung by the Ashcombe Boys' Choir. Quill reportedly recorded the "
                "boys at half speed and then sped the tape up, which is why they "
                "sound like they&#8217;re breathing through water."
            ),
            (
                "And then, just when you&#8217;ve stopped shaking, the end credits "
                "hit you with &#8220;Don't Go Down to the Water&#8221; by Velvet "
                "Wasp, a jittery post-punk single that has no business being in a "
                "film this sombre. Band members Kit Harrow and Sol Brande wrote it. "
                "It scraped to No. 58 on the UK singles chart, which tells you how "
                "many people stayed for the credits."
            ),
            (
                "Quill&#8217;s full score finally surfaced in 2009 as <em>The Hollow "
                "Choir (Original Score)</em>, a limited CD that sold out in a week. "
                "The Velvet Wasp song is not on it, which annoyed exactly the right "
                "people."
            ),
            (
                "Also, the rumour that will not die: no, Slade never shot a sequel "
                "at Bamburgh Castle. That was a completely different film with a "
                "completely different ghost."
            ),
            (
                "Rating: four skulls out of five. Watch the opening below with the "
                "lights off."
            ),
        ],
        video="vimeo:40219876",
        film=("The Hollow Choir", 1981),
        tracks=["Hymn for the Drowned", "Don't Go Down to the Water"],
        people=[
            ("Hymn for the Drowned", "Ezra Quill", "composer"),
            ("Hymn for the Drowned", "Ashcombe Boys' Choir", "performer"),
            ("Don't Go Down to the Water", "Velvet Wasp", "performer"),
            ("Don't Go Down to the Water", "Kit Harrow", "composer"),
            ("Don't Go Down to the Water", "Sol Brande", "composer"),
        ],
        albums=["The Hollow Choir (Original Score)"],
        peaks=[("Don't Go Down to the Water", 58, "uk_singles")],
        places=["Eilean Donan Castle", "Rannoch Moor"],
        stood=[("Eilean Donan Castle", "the abbey of St. Brannock")],
    ),
    post(
        "fourth-and-forever-stadiums-j",
        "hugo",
        "Fourth and Forever: The Football Movie That Got the Stadiums Right",
        [
            (
                "Every sports-movie fan keeps a list of films that fake the big game "
                "badly. <em>Fourth and Forever</em> (1991) is not on mine. Its final "
                "drive was shot in front of real crowds at the Rose Bowl in "
                "Pasadena, which plays Carver State's home stadium, and you can "
                "tell: the noise is real, the grass stains are real, the pulled "
                "hamstrings probably were too."
            ),
            (
                "The high-school flashbacks are a nice bit of trivia for our "
                "Canadian readers: they were filmed at Ivor Wynne Stadium in "
                "Hamilton, Ontario, dressed up as a Friday-night field in west "
                "Texas. Look for the CFL yard markings the crew forgot to paint over "
                "in the 40-yard-line shot."
            ),
            "H: The locker-room playlist",
            (
                "Two songs carry the movie. The pre-game anthem is &#8220;Stand Up "
                "and Run&#8221; by The Hatchets, written by their frontman Denny "
                "Colfax, and it went to number six on Billboard&#8217;s Album Rock "
                "Tracks chart (the one we now call Mainstream Rock). It never "
                "crossed over to the Hot 100, which still seems criminal."
            ),
            (
                "The slow one, &#8220;Gridiron Heart&#8221;, plays over the injured "
                "quarterback&#8217;s hospital scene. Lorna Keyes sings it; she "
                "co-wrote it with Patrick Moody, who also produced the album. It "
                "topped out at No. 19 on the Adult Contemporary chart."
            ),
            (
                "<em>Fourth and Forever: Music from the Film</em> was certified gold "
                "by the RIAA in early 1992. Coach Harlan Dodd&#8217;s halftime "
                "speech is not on it, sadly, though a bootleg &#8220;speech "
                "remix&#8221; did the rounds on college radio."
            ),
            (
                "Final score: eight out of ten, with a penalty for the slow-motion "
                "Gatorade shower. Here&#8217;s the last drive."
            ),
        ],
        video="yt:Fv9Tb2Wc6Xk",
        film=("Fourth and Forever", 1991),
        tracks=["Stand Up and Run", "Gridiron Heart"],
        people=[
            ("Stand Up and Run", "The Hatchets", "performer"),
            ("Stand Up and Run", "Denny Colfax", "composer"),
            ("Gridiron Heart", "Lorna Keyes", "performer"),
            ("Gridiron Heart", "Lorna Keyes", "composer"),
            ("Gridiron Heart", "Patrick Moody", "composer"),
        ],
        albums=["Fourth and Forever: Music from the Film"],
        peaks=[
            ("Stand Up and Run", 6, "billboard_mainstream_rock"),
            ("Gridiron Heart", 19, "billboard_adult_contemporary"),
        ],
        certs=[("Fourth and Forever: Music from the Film", "gold", 1, "riaa")],
        places=["Rose Bowl", "Ivor Wynne Stadium"],
        stood=[
            ("Rose Bowl", "Carver State's home stadium"),
            ("Ivor Wynne Stadium", "a Friday-night field in west Texas"),
        ],
    ),
    post(
        "step-lightly-rosa-mambo-j",
        "jekyll",
        "Step Lightly, Rosa: The Dance Film That Out-Mamboed Everyone",
        [
            (
                "If you came to this blog for leg warmers, I&#8217;m sorry, today is "
                "about Cuban heels. <em>Step Lightly, Rosa</em> (1988) is the great "
                "lost Latin dance movie, and In&#233;s Tarrago&#8217;s choreography "
                "still turns up at ballroom competitions."
            ),
            (
                "The story is set in 1950s Havana, but nobody was shooting Hollywood "
                "films in Cuba in 1987, so Miami&#8217;s Little Havana stood in for "
                "Havana. The grand ballroom finale was filmed at the Olympia Theater "
                "on Flagler Street, and the beach rehearsal is on Ocean Drive at "
                "dawn, before the rollerbladers woke up."
            ),
            "H: The music you dance to",
            (
                "The number everyone learns is &#8220;Midnight Mambo Machine&#8221;, "
                "performed by The Copa Kings and written by Ra&#250;l Estevanez with "
                "Benny Tash. It reached No. 11 on the Billboard Hot 100 and, "
                "weirdly, did even better in France, where SNEP certified it gold "
                "after a summer on the beaches of the Riviera."
            ),
            (
                "Rosa&#8217;s solo is danced to a ballad, &#8220;Rosa's Turn&#8221;, "
                "which Marisol Vega sang and Hector Lune wrote. Tarrago "
                "choreographed it in a single afternoon, or so the legend goes."
            ),
            (
                "The soundtrack album sat at number one on Billboard&#8217;s "
                "soundtracks chart for two weeks. If you can find the cassette, side "
                "two has an eight-minute extended mix of the mambo number that is "
                "perfect for practising your turns."
            ),
            (
                "LIST: Best move: the triple-spin dip | Worst costume: the "
                "lime-green bolero | Best cameo: the real Copa Kings behind the bar "
                "in the club scene"
            ),
            "Put on your dancing shoes and watch the finale below.",
        ],
        video="yt:Mr5aL0pDq8E",
        film=("Step Lightly, Rosa", 1988),
        tracks=["Midnight Mambo Machine", "Rosa's Turn"],
        people=[
            ("Midnight Mambo Machine", "The Copa Kings", "performer"),
            ("Midnight Mambo Machine", "Raúl Estevanez", "composer"),
            ("Midnight Mambo Machine", "Benny Tash", "composer"),
            ("Rosa's Turn", "Marisol Vega", "performer"),
            ("Rosa's Turn", "Hector Lune", "composer"),
        ],
        albums=["Step Lightly, Rosa soundtrack"],
        peaks=[
            ("Midnight Mambo Machine", 11, "billboard_hot_100"),
            ("Step Lightly, Rosa soundtrack", 1, "billboard_soundtracks"),
        ],
        certs=[("Midnight Mambo Machine", "gold", 1, "snep")],
        places=["Little Havana", "Olympia Theater", "Ocean Drive"],
        stood=[("Little Havana", "Havana")],
    ),
    post(
        "velvet-interstate-songs-ranked-j",
        "substack",
        "Every Song on the Velvet Interstate Soundtrack, Ranked",
        [
            (
                "Welcome to issue 41. This week, a listener request: rank the songs "
                "from <em>Velvet Interstate</em>, the 1979 trucker romance nobody "
                "admits to loving. Its soundtrack, <em>Velvet Interstate: Songs from "
                "the Road</em>, got to No. 17 on the Billboard 200, so somebody "
                "loved it."
            ),
            (
                "6. <strong>&#8220;Gasoline Lullaby&#8221;</strong> &#8211; The "
                "Cartwheels doing a sleepy waltz written by their drummer, Pete "
                "Ollins. Perfectly pleasant, instantly forgettable."
            ),
            (
                "5. <strong>&#8220;Overpass&#8221;</strong> &#8211; Nils &#197;berg "
                "wrote and played this synth instrumental on his own. It runs under "
                "the truck-stop montage and is the only moment the film sounds like "
                "1979 rather than 1959."
            ),
            (
                "4. <strong>&#8220;Headlights on the Water&#8221;</strong> &#8211; A "
                "duet for Jolene Rusk and Curtis Bell, written by Amos Tate. "
                "Bell&#8217;s baritone is gorgeous; the lyric rhymes "
                "&#8216;river&#8217; with &#8216;river&#8217;. Adult contemporary "
                "radio loved it anyway: No. 8 on Billboard&#8217;s AC chart."
            ),
            (
                "3. <strong>&#8220;Mile Marker Blues&#8221;</strong> &#8211; Rusk "
                "alone, singing another Tate song she reportedly hated. It was the "
                "single, it peaked at No. 29 on the Hot 100, and she never sang it "
                "live again."
            ),
            (
                "2. <strong>&#8220;Dashboard Saint&#8221;</strong> &#8211; The "
                "Cartwheels&#8217; finest three minutes, penned by their singer "
                "Bobby Lark, who later wrote hits for other people but never "
                "anything this good."
            ),
            (
                "1. <strong>&#8220;Velvet Interstate&#8221;</strong> &#8211; The "
                "title song, written by Tate and Lark together and sung by Rusk over "
                "the opening credits. Not a hit anywhere, and still the best thing "
                "here. Sorry, Cartwheels."
            ),
            (
                "Not ranked, because it isn&#8217;t on the record: &#8220;Truck Stop "
                "Queen&#8221;, the Curtis Bell song the trailer used, which "
                "isn&#8217;t in the film either. Bonus trivia for the road-trippers: "
                "the Wigwam Motel in Holbrook, Arizona, plays the Starlite Diner "
                "where Rusk&#8217;s character works, with a counter built inside one "
                "of the teepees."
            ),
        ],
        video="vimeo:29384710",
        film=("Velvet Interstate", 1979),
        tracks=[
            "Gasoline Lullaby",
            "Overpass",
            "Headlights on the Water",
            "Mile Marker Blues",
            "Dashboard Saint",
            "Velvet Interstate",
        ],
        people=[
            ("Gasoline Lullaby", "The Cartwheels", "performer"),
            ("Gasoline Lullaby", "Pete Ollins", "composer"),
            ("Overpass", "Nils Åberg", "composer"),
            ("Overpass", "Nils Åberg", "performer"),
            ("Headlights on the Water", "Jolene Rusk", "performer"),
            ("Headlights on the Water", "Curtis Bell", "performer"),
            ("Headlights on the Water", "Amos Tate", "composer"),
            ("Mile Marker Blues", "Jolene Rusk", "performer"),
            ("Mile Marker Blues", "Amos Tate", "composer"),
            ("Dashboard Saint", "The Cartwheels", "performer"),
            ("Dashboard Saint", "Bobby Lark", "composer"),
            ("Velvet Interstate", "Amos Tate", "composer"),
            ("Velvet Interstate", "Bobby Lark", "composer"),
            ("Velvet Interstate", "Jolene Rusk", "performer"),
        ],
        albums=["Velvet Interstate: Songs from the Road"],
        peaks=[
            ("Velvet Interstate: Songs from the Road", 17, "billboard_200"),
            ("Headlights on the Water", 8, "billboard_adult_contemporary"),
            ("Mile Marker Blues", 29, "billboard_hot_100"),
        ],
        places=["Wigwam Motel"],
        stood=[("Wigwam Motel", "the Starlite Diner")],
    ),
    post(
        "aurelio-santangelo-appreciation-j",
        "handmade",
        "Aurelio Santangelo (1938–2024): The Man Who Made Lanterns Sing",
        [
            (
                "Aurelio Santangelo, who died last week in Rome at the age of "
                "eighty-six, wrote the music for forty-one films, but he will be "
                "remembered, by this blog at least, for one: <em>The Long "
                "Lantern</em>, Ilse Marcovic&#8217;s 1990 wartime fable."
            ),
            (
                "Born in Trieste to a family of ship&#8217;s carpenters, Santangelo "
                "came to film scoring late, after two decades as a church organist. "
                "His early work on crime pictures such as <em>Via del Sale</em> "
                "(1976) is competent and forgettable; his song &#8220;Notte di "
                "Sale&#8221; from that film was a minor radio hit and is not, "
                "whatever the streaming services say, part of the later score."
            ),
            (
                "With <em>The Long Lantern</em> everything changed. The opening "
                "&#8220;Lantern Waltz&#8221;, which he composed in a week and which "
                "the Danube Studio Orchestra recorded in a single session, is one of "
                "the loveliest cues of the decade."
            ),
            (
                "Then there is the song. &#8220;Ti Aspetto&#8221; (music by "
                "Santangelo, words by the poet Fiorella Marchi) is sung in the film "
                "by the tenor Dario Conti, and in the spring of 1991 it climbed to "
                "number two on the Musica e dischi chart in Italy. The album, <em>La "
                "Lunga Lanterna &#8211; Colonna sonora originale</em>, was later "
                "certified gold by FIMI and won him his only David di Donatello."
            ),
            (
                "He loved the locations, too. Marcovic shot the mountain village in "
                "Civita di Bagnoregio, which plays a village in the Carpathians, and "
                "Santangelo insisted on recording the real town&#8217;s church bells "
                "for the score. The railway scenes were filmed at the Canfranc "
                "station in the Spanish Pyrenees, then derelict and now, absurdly, a "
                "luxury hotel."
            ),
            (
                "A cover of &#8220;Ti Aspetto&#8221; by the pop singer Loredana Vale "
                "reached the Italian top ten in 1998. Santangelo said he preferred "
                "it to the original. Nobody believed him."
            ),
            (
                "He is survived by his wife, the harpist Nora Lindt, whom he met at "
                "a recording session in Vienna in 1972. Grazie, maestro."
            ),
        ],
        video="yt:Lt7wR3eK9mP",
        film=("The Long Lantern", 1990),
        tracks=["Lantern Waltz", "Ti Aspetto"],
        people=[
            ("Lantern Waltz", "Aurelio Santangelo", "composer"),
            ("Lantern Waltz", "Danube Studio Orchestra", "performer"),
            ("Ti Aspetto", "Aurelio Santangelo", "composer"),
            ("Ti Aspetto", "Fiorella Marchi", "composer"),
            ("Ti Aspetto", "Dario Conti", "performer"),
        ],
        albums=["La Lunga Lanterna – Colonna sonora originale"],
        peaks=[("Ti Aspetto", 2, "other:Musica e dischi")],
        certs=[("La Lunga Lanterna – Colonna sonora originale", "gold", 1, "other")],
        places=["Civita di Bagnoregio", "Canfranc station"],
        stood=[("Civita di Bagnoregio", "a village in the Carpathians")],
    ),
    post(
        "kestrel-falls-production-notes-j",
        "wp_classic",
        "Behind the Scenes of Kestrel Falls: What the 1993 Production Notes Reveal",
        [
            (
                "A reader kindly sent me a photocopy of the original press kit for "
                "<em>Kestrel Falls</em>, the 1993 small-town mystery, and it is a "
                "treasure. I&#8217;ll quote from it liberally, with my own grumbles "
                "in between."
            ),
            (
                "On locations the notes are refreshingly frank: &#8220;Although the "
                "story unfolds in Washington State, principal photography took place "
                "over fifty-two days in the autumn of 1992. The historic streets of "
                "Vancouver&#8217;s Gastown portrayed downtown Seattle, while the "
                "Lions Gate Bridge appears in the opening aerial sequence as "
                "itself.&#8221;"
            ),
            (
                "&#8220;Kestrel Falls itself,&#8221; the notes go on, &#8220;is in "
                "fact Shannon Falls near Squamish, photographed from a specially "
                "built platform; the production added no visual effects to the "
                "water.&#8221; I have stood at the bottom of Shannon Falls in "
                "October and can confirm they didn&#8217;t need any."
            ),
            "H: The music, per the press kit",
            (
                "&#8220;The haunting theme, &#8216;Falling Water&#8217;, was written "
                "by Gil Marchand and Juniper Rose and is performed by Ms. Rose, "
                "whose debut album was released earlier this year on Tamarack "
                "Records.&#8221; That debut (not the soundtrack) is a lovely record, "
                "by the way, and nothing from it is in the film."
            ),
            (
                "The notes also promise &#8220;Bright Morning Wire&#8221; by The "
                "Lowland Ghosts over the end titles, and a song called &#8220;Paper "
                "Moonlight&#8221; that, as far as I can tell, was cut before "
                "release: it is not in any version of the film I&#8217;ve seen and "
                "isn&#8217;t on the album either."
            ),
            (
                "What the press kit couldn&#8217;t know: &#8220;Falling Water&#8221; "
                "went on to No. 4 on Billboard&#8217;s Adult Contemporary chart and "
                "No. 9 on the RPM 100 in Canada, and <em>Kestrel Falls (Original "
                "Motion Picture Soundtrack)</em> was certified platinum in Canada "
                "the following spring."
            ),
            (
                "Production designer Anke Sorensen gets the last word in the kit: "
                "&#8220;We wanted every room to look as if it had been rained "
                "on.&#8221; Mission accomplished."
            ),
        ],
        video="vimeo:55120398",
        film=("Kestrel Falls", 1993),
        tracks=["Falling Water", "Bright Morning Wire"],
        people=[
            ("Falling Water", "Gil Marchand", "composer"),
            ("Falling Water", "Juniper Rose", "composer"),
            ("Falling Water", "Juniper Rose", "performer"),
            ("Bright Morning Wire", "The Lowland Ghosts", "performer"),
        ],
        albums=["Kestrel Falls (Original Motion Picture Soundtrack)"],
        peaks=[
            ("Falling Water", 4, "billboard_adult_contemporary"),
            ("Falling Water", 9, "canada_rpm"),
        ],
        certs=[
            (
                "Kestrel Falls (Original Motion Picture Soundtrack)",
                "platinum",
                1,
                "music_canada",
            )
        ],
        places=["Gastown", "Lions Gate Bridge", "Shannon Falls"],
        stood=[("Gastown", "downtown Seattle"), ("Shannon Falls", "Kestrel Falls")],
    ),
    post(
        "ninth-lighthouse-location-myths-j",
        "gutenberg",
        (
            "No, The Ninth Lighthouse Wasn't Filmed in Maine: Five Location Myths, "
            "Busted"
        ),
        [
            (
                "Every few months someone posts a photo of Portland Head Light with "
                "the caption &#8220;the real Ninth Lighthouse!&#8221; and I have to "
                "go and lie down. Let&#8217;s settle this. <em>The Ninth "
                "Lighthouse</em> (1978) is set in Maine. Hardly a frame of it was "
                "shot there."
            ),
            (
                "<strong>Myth one: the lighthouse is Portland Head Light.</strong> "
                "It is not. Peggy's Point Lighthouse in Nova Scotia plays the title "
                "lighthouse, with a fake second gallery bolted on for the shoot."
            ),
            (
                "<strong>Myth two: the village is Kennebunkport.</strong> Also no. "
                "Lunenburg, Nova Scotia, plays the fishing village of Carrow, Maine, "
                "its famous painted houses toned down to greys for the camera."
            ),
            (
                "<strong>Myth three: the storm was real.</strong> The storm was done "
                "in the big water tank at Pinewood Studios outside London, months "
                "after the Canadian shoot wrapped. The actors have complained about "
                "the cold water in every interview since."
            ),
            (
                "<strong>Myth four: &#8220;Keeper's Song&#8221; was a number one in "
                "Ireland.</strong> Close, but no. Maeve Dunleavy&#8217;s recording, "
                "written by Tom Ardagh, got to No. 3 on the Irish Singles Chart and "
                "No. 19 in the UK. It was a number one in exactly one place: my "
                "mother&#8217;s kitchen."
            ),
            (
                "<strong>Myth five: they went to Nova Scotia because the director "
                "was born there.</strong> Colm Barry was born in Cork. They went to "
                "Nova Scotia because it was cheap."
            ),
            "H: The one true thing",
            (
                "The soundtrack LP really does end with a field recording of the "
                "foghorn at Peggy's Point, and yes, it came out on a label that went "
                "bust a month later. Good luck finding a copy."
            ),
        ],
        video="yt:Pn6yU3iO1kJ",
        film=("The Ninth Lighthouse", 1978),
        tracks=["Keeper's Song"],
        people=[
            ("Keeper's Song", "Maeve Dunleavy", "performer"),
            ("Keeper's Song", "Tom Ardagh", "composer"),
        ],
        albums=["The Ninth Lighthouse soundtrack"],
        peaks=[
            ("Keeper's Song", 3, "other:Irish Singles Chart"),
            ("Keeper's Song", 19, "uk_singles"),
        ],
        places=["Peggy's Point Lighthouse", "Lunenburg", "Pinewood Studios"],
        stood=[
            ("Peggy's Point Lighthouse", "the title lighthouse"),
            ("Lunenburg", "the fishing village of Carrow, Maine"),
        ],
    ),
    post(
        "blue-plate-special-diner-montage-j",
        "ghost",
        "Three Minutes of Elbow Grease: The Diner Montage in Blue Plate Special",
        [
            (
                "Some films are remembered for a line. <em>Blue Plate Special</em> "
                "(1986) is remembered for a montage: three minutes and eight seconds "
                "in which four out-of-work steelworkers turn a burnt-out diner into "
                "the best lunch counter in Baltimore."
            ),
            (
                "Except it isn&#8217;t Baltimore. The diner exterior sits on a "
                "corner of Pittsburgh&#8217;s Strip District, standing in for "
                "Baltimore's waterfront, and the sunrise cutaways were filmed on the "
                "Smithfield Street Bridge with the crew hanging off the railings."
            ),
            "H: Beat by beat",
            (
                "LIST: 0:00 &#8211; the padlock comes off on the first drum hit | "
                "0:41 &#8211; sanding the counter in time with the hi-hat | 1:30 "
                "&#8211; the neon sign flickers on at the key change | 2:55 &#8211; "
                "first customer, last chorus"
            ),
            (
                "The song doing all that heavy lifting is &#8220;Elbow "
                "Grease&#8221;, credited to Danny Crest &amp; the Rivets and written "
                "by Crest with the band&#8217;s bassist, Morty Flagg. Director Lou "
                "Perani cut the footage to the demo, and then the band re-recorded "
                "the song to match his edit, which is why the drum fills land so "
                "perfectly on the hammer blows."
            ),
            (
                "It worked commercially, too. &#8220;Elbow Grease&#8221; peaked at "
                "number eight on the Hot 100 and one place higher, at seven, on the "
                "Cash Box Top 100, and the RIAA certified it gold that autumn."
            ),
            (
                "Copycats followed within a year, but none of them had the nerve to "
                "hold on a shot of a mop for four full bars. Watch it below and "
                "count the hammer hits."
            ),
        ],
        video="yt:Eg3rC7sT5vW",
        film=("Blue Plate Special", 1986),
        tracks=["Elbow Grease"],
        people=[
            ("Elbow Grease", "Danny Crest & the Rivets", "performer"),
            ("Elbow Grease", "Danny Crest", "composer"),
            ("Elbow Grease", "Morty Flagg", "composer"),
        ],
        peaks=[
            ("Elbow Grease", 8, "billboard_hot_100"),
            ("Elbow Grease", 7, "other:Cash Box Top 100"),
        ],
        certs=[("Elbow Grease", "gold", 1, "riaa")],
        places=["Strip District", "Smithfield Street Bridge"],
        stood=[("Strip District", "Baltimore's waterfront")],
    ),
    post(
        "sunburnt-letters-road-trip-j",
        "blogger",
        "Road Trip Diary: Chasing Sunburnt Letters from Lisbon to Almería",
        [
            (
                "Day one of the trip I have been planning since I was fourteen: a "
                "hire car, a paper map and a list of every location in <em>Sunburnt "
                "Letters</em> (1992), the Franco-Portuguese romance that taught me "
                "what a cliff was."
            ),
            (
                "We picked up the car in Lisbon and drove straight over the Ponte 25 "
                "de Abril, exactly as Lena and Jacques do in the opening credits, "
                "with &#8220;Postcards from Faro&#8221; blasting. The song is by "
                "Lena Sorel herself (she plays Lena, yes), co-written with Michel "
                "Aubrac, and in France it peaked at No. 5 on the Top 50 and went "
                "gold, certified by SNEP."
            ),
            (
                "Day two: Sintra. The fairytale palace where Jacques proposes is the "
                "Pena Palace, which in the film plays a Bavarian castle, supposedly "
                "the home of Lena&#8217;s uncle. Our kids (well, my partner) were "
                "unimpressed by the queue, but the yellow walls are exactly as "
                "bright as on screen."
            ),
            (
                "Days three to five: the Algarve. The beach where they bury the "
                "letters is Praia da Marinha, near Lagoa, and it is every bit as "
                "gorgeous. The caf&#233; where Jacques writes the last letter no "
                "longer exists; locals told us it was torn down in 2003."
            ),
            (
                "Day six, and a long drive east into Spain. The desert chase at the "
                "end is set in Mexico, but it was filmed in the Tabernas Desert in "
                "Almer&#237;a, where they made all those westerns. We drove past a "
                "fake saloon and a real goat."
            ),
            "H: The soundtrack in the glovebox",
            (
                "We only had one CD in the car, obviously: <em>Sunburnt Letters "
                "&#8211; Bande originale du film</em>, which also has Aubrac&#8217;s "
                "instrumental &#8220;Marinha&#8221;, played by the Quatuor "
                "Sol&#232;ne. By day six we had heard it roughly 140 times."
            ),
            (
                "Next week: the Irish leg, and a certain pub in Dingle that may or "
                "may not have been in a different film entirely."
            ),
        ],
        video="yt:Sl4tT8rN2bQ",
        film=("Sunburnt Letters", 1992),
        tracks=["Postcards from Faro", "Marinha"],
        people=[
            ("Postcards from Faro", "Lena Sorel", "performer"),
            ("Postcards from Faro", "Lena Sorel", "composer"),
            ("Postcards from Faro", "Michel Aubrac", "composer"),
            ("Marinha", "Michel Aubrac", "composer"),
            ("Marinha", "Quatuor Solène", "performer"),
        ],
        albums=["Sunburnt Letters – Bande originale du film"],
        peaks=[("Postcards from Faro", 5, "other:Top 50")],
        certs=[("Postcards from Faro", "gold", 1, "snep")],
        places=[
            "Ponte 25 de Abril",
            "Pena Palace",
            "Praia da Marinha",
            "Tabernas Desert",
        ],
        stood=[("Pena Palace", "a Bavarian castle"), ("Tabernas Desert", "Mexico")],
    ),
    post(
        "uncle-barneys-wedding-disaster-j",
        "medium",
        "Uncle Barney's Wedding Disaster: Still the Funniest Reception Ever Filmed",
        [
            (
                "Some comedies age like wine. <em>Uncle Barney's Wedding "
                "Disaster</em> (1988) aged like the wedding cake in it: it fell "
                "over, somebody sat in it, and it&#8217;s still delicious."
            ),
            (
                "The film is set at a posh Connecticut country club, and that "
                "country club is played by the Hotel del Coronado, just across the "
                "bay from San Diego, which has clearly seen worse. (It has turned up "
                "in a more famous comedy too, but we don&#8217;t talk about the "
                "competition on this blog.)"
            ),
            (
                "The car chase, in which Barney drives the getaway limo with the "
                "bride&#8217;s grandmother still on the roof, was shot on the "
                "Coronado Bridge, and I need you to know that the stuntwoman was "
                "sixty-one. Respect."
            ),
            "H: The song, God help us",
            (
                "&#8220;Doin' the Barney&#8221; is a dance craze that never was, "
                "performed in the film by The Bumble Brothers and written by Stan "
                "Pickett, who also wrote jingles for a carpet warehouse, and it "
                "shows. Against every law of taste it went to No. 27 in the UK and "
                "No. 15 on the Kent Music Report in Australia, where I assume it was "
                "played at every wedding for a decade. It even went silver in "
                "Britain. Britain, what were you doing?"
            ),
            (
                "Years later a punk band called The Spitwads covered it on a "
                "seven-inch. That version is not in the film, which is the only nice "
                "thing I&#8217;ll say about the film&#8217;s music supervisor."
            ),
            (
                "Best joke, for the record: the priest&#8217;s hearing aid picking "
                "up the horse-racing commentary. Worst joke: all the others, which I "
                "laughed at anyway. Here is the cake scene."
            ),
        ],
        video="yt:Ub8Wd4Dx1Zc",
        film=("Uncle Barney's Wedding Disaster", 1988),
        tracks=["Doin' the Barney"],
        people=[
            ("Doin' the Barney", "The Bumble Brothers", "performer"),
            ("Doin' the Barney", "Stan Pickett", "composer"),
        ],
        peaks=[
            ("Doin' the Barney", 27, "uk_singles"),
            ("Doin' the Barney", 15, "australia_kent"),
        ],
        certs=[("Doin' the Barney", "silver", 1, "bpi")],
        places=["Hotel del Coronado", "Coronado Bridge"],
        stood=[("Hotel del Coronado", "a posh Connecticut country club")],
    ),
    post(
        "carousel-single-vs-album-j",
        "squarespace",
        "Single Edit vs Album Cut: The Two Lives of Carousel (Round and Round)",
        [
            (
                "There are, depending on how you count, three versions of "
                "&#8220;Carousel (Round and Round)&#8221;, the song Astrid Moll "
                "sings over the fairground finale of <em>Midnight Carousel</em> "
                "(1982). Moll wrote it with her producer, Jerry Vantongeren, and "
                "each version tells you something about who it was for."
            ),
            "H: The single edit (3:41)",
            (
                "The 7-inch chops the fifty-second harpsichord intro, fades a full "
                "chorus early and, crucially, uses a different vocal take: brighter, "
                "further forward, with the &#8216;round and round&#8217; harmonies "
                "doubled. This is the version that went to No. 5 on the Billboard "
                "Hot 100 and to No. 2 on the UK Singles Chart, kept off the top in "
                "Britain by a record about a kitten. It was certified platinum by "
                "the RIAA."
            ),
            "H: The album version (6:12)",
            (
                "On <em>Midnight Carousel: Original Soundtrack Recording</em> you "
                "get the whole thing: the intro, a middle eight the single drops "
                "entirely, and a long instrumental coda. The album peaked at No. 12 "
                "on the Billboard 200. In the film itself the song is edited "
                "differently again, looping the coda under the scene where the "
                "carousel catches fire."
            ),
            (
                "A 12-inch remix by Marco Fenn appeared in 1983. It&#8217;s not in "
                "the film and, honestly, you can skip it."
            ),
            (
                "And where did they shoot that carousel? The film calls it Coney "
                "Island, but the fairground finale was shot at the Santa Monica "
                "Pier, which plays Coney Island. Only the establishing shot at dusk "
                "was filmed at the real Coney Island."
            ),
        ],
        video="yt:Cr2oU9nD4Ht",
        film=("Midnight Carousel", 1982),
        tracks=["Carousel (Round and Round)"],
        people=[
            ("Carousel (Round and Round)", "Astrid Moll", "performer"),
            ("Carousel (Round and Round)", "Astrid Moll", "composer"),
            ("Carousel (Round and Round)", "Jerry Vantongeren", "composer"),
        ],
        albums=["Midnight Carousel: Original Soundtrack Recording"],
        peaks=[
            ("Carousel (Round and Round)", 5, "billboard_hot_100"),
            ("Carousel (Round and Round)", 2, "uk_singles"),
            ("Midnight Carousel: Original Soundtrack Recording", 12, "billboard_200"),
        ],
        certs=[("Carousel (Round and Round)", "platinum", 1, "riaa")],
        places=["Santa Monica Pier", "Coney Island"],
        stood=[("Santa Monica Pier", "Coney Island")],
    ),
    post(
        "static-summer-vinyl-pressings-j",
        "hugo",
        "Collecting Static Summer: A Guide to the Soundtrack's Pressings",
        [
            (
                "My shelf holds seven copies of the same record, and my partner has "
                "stopped asking why. The record is <em>Static Summer &#8211; "
                "Original Motion Picture Soundtrack</em>, released on Halcyon "
                "Records in 1979 alongside the teen film of the same name, and its "
                "pressings are a small rabbit hole worth falling down."
            ),
            "H: UK first pressing (Halcyon HAL 1012)",
            (
                "Laminated flipback sleeve, orange labels, and the title track by "
                "The Radials running a few seconds longer than on any later copy. "
                "&#8220;Static Summer&#8221; was written by the band&#8217;s singer "
                "Eddie Rook and, if you believe the sleeve notes, recorded in a "
                "single night in a church hall in Croydon. The LP reached No. 23 on "
                "the UK albums chart and was certified gold by the BPI in 1980; my "
                "copy has the gold-disc sticker that was added to later runs, so it "
                "is not a true first."
            ),
            "H: US pressing (Halcyon/Capstan SD-4410)",
            (
                "Different cover photo (the pier at night instead of the beach) and "
                "a shorter running order: &#8220;Sun Bleached&#8221;, Carla "
                "Day&#8217;s lovely ballad, written for her by Rick Sorrento, is "
                "dropped to make room for the instrumental &#8220;Boardwalk&#8221;. "
                "Both are in the film, so American buyers were cheated either way. "
                "The US LP never charted."
            ),
            "H: Japanese pressing (Halcyon/Nippon Ongaku YX-7731), with obi",
            (
                "The best-sounding of the lot, on heavy vinyl with a lyric insert "
                "that gets about half the words wrong. It went to No. 8 on the "
                "Oricon albums chart, which is why you still see so many of them. "
                "Fun fact from the insert: the pier on the cover, and in half the "
                "film, is Brighton&#8217;s Palace Pier, and the final gig was filmed "
                "in the ballroom of the Grand Hotel along the seafront."
            ),
            (
                "LIST: Rarest: the white-label UK promo | Best sound: the Japanese "
                "pressing | Worst: the 1986 budget reissue, which drops two songs | "
                "Still sealed: one, and I will never open it"
            ),
        ],
        video="vimeo:70341259",
        film=("Static Summer", 1979),
        tracks=["Static Summer", "Sun Bleached", "Boardwalk"],
        people=[
            ("Static Summer", "The Radials", "performer"),
            ("Static Summer", "Eddie Rook", "composer"),
            ("Sun Bleached", "Carla Day", "performer"),
            ("Sun Bleached", "Rick Sorrento", "composer"),
        ],
        albums=["Static Summer – Original Motion Picture Soundtrack"],
        peaks=[
            ("Static Summer – Original Motion Picture Soundtrack", 23, "uk_albums"),
            (
                "Static Summer – Original Motion Picture Soundtrack",
                8,
                "other:Oricon albums chart",
            ),
        ],
        certs=[
            ("Static Summer – Original Motion Picture Soundtrack", "gold", 1, "bpi")
        ],
        places=["Palace Pier", "Grand Hotel"],
    ),
    post(
        "glasshouse-radio-reader-questions-j",
        "jekyll",
        "Your Glasshouse Radio Questions, Answered",
        [
            (
                "The mailbag overflowed after last month&#8217;s post on "
                "<em>Glasshouse Radio</em> (1994), the Swedish-American drama about "
                "a pirate station on the edge of a frozen lake. Here are the "
                "questions you asked most, numbered because I am that kind of person."
            ),
            (
                "<strong>Q1. Who sings the song over the opening?</strong> "
                "That&#8217;s &#8220;Signal Fire&#8221;, sung by Pia Lindqvist. Her "
                "brother Anders wrote it. (Both were born in Gothenburg, which is "
                "not, as one reader insisted, where the film was shot.)"
            ),
            (
                "<strong>Q2. So where was it shot?</strong> Mostly in and around the "
                "Swedish capital. The Kaknäs Tower plays a radio mast in northern "
                "Minnesota, filmed from low angles so you can&#8217;t see the city "
                "around it. The frozen lake is Lake M&#228;laren, and the studio "
                "interiors were built in an empty hangar at Bromma Airport."
            ),
            (
                "<strong>Q3. Did the soundtrack chart?</strong> In Sweden, very much "
                "so: &#8220;Signal Fire&#8221; was number one on Sverigetopplistan "
                "for four weeks. The album, simply titled <em>Glasshouse Radio</em>, "
                "also topped Sverigetopplistan, and in the US it got to No. 44 on "
                "the Billboard 200 on the back of a college-radio push."
            ),
            (
                "<strong>Q4. Was any of it certified?</strong> Yes. IFPI Sweden "
                "certified the album platinum in 1995, and the single went gold "
                "there too."
            ),
            (
                "<strong>Q5. Is &#8220;Northern Static&#8221; in the film?</strong> "
                "No! It&#8217;s a bonus track on the Japanese CD and nowhere else. "
                "It&#8217;s also the only song on that CD that Pia doesn&#8217;t "
                "sing."
            ),
            (
                "<strong>Q6. What&#8217;s the instrumental in the ice-fishing "
                "scene?</strong> &#8220;Thin Ice Waltz&#8221;, composed by the "
                "film&#8217;s composer, Tomas Ekberg, who also plays it himself on a "
                "detuned upright piano."
            ),
            "Keep the questions coming. The trailer is below.",
        ],
        video="yt:Gr6hR1aD0Vx",
        film=("Glasshouse Radio", 1994),
        tracks=["Signal Fire", "Thin Ice Waltz"],
        people=[
            ("Signal Fire", "Pia Lindqvist", "performer"),
            ("Signal Fire", "Anders Lindqvist", "composer"),
            ("Thin Ice Waltz", "Tomas Ekberg", "composer"),
            ("Thin Ice Waltz", "Tomas Ekberg", "performer"),
        ],
        albums=["Glasshouse Radio"],
        peaks=[
            ("Signal Fire", 1, "other:Sverigetopplistan"),
            ("Glasshouse Radio", 1, "other:Sverigetopplistan"),
            ("Glasshouse Radio", 44, "billboard_200"),
        ],
        certs=[
            ("Glasshouse Radio", "platinum", 1, "ifpi"),
            ("Signal Fire", "gold", 1, "ifpi"),
        ],
        places=["Kaknäs Tower", "Lake Mälaren", "Bromma Airport"],
        stood=[("Kaknäs Tower", "a radio mast in northern Minnesota")],
    ),
    post(
        "skyline-drifters-five-things-j",
        "substack",
        "5 Things You Didn't Know About Skyline Drifters",
        [
            (
                "Short one this week, because the newsletter is being written on a "
                "train. <em>Skyline Drifters</em> (1976) turns fifty soon-ish, so "
                "here are five things even the superfans tend to miss."
            ),
            (
                "<strong>1.</strong> The Tokyo airport in the opening is not in "
                "Tokyo. It&#8217;s Hong Kong&#8217;s old Kai Tak Airport, playing "
                "Haneda, with the signs repainted in Japanese overnight."
            ),
            (
                "<strong>2.</strong> The rooftop chase was filmed on top of "
                "Chungking Mansions, and the crew were not entirely sure they had "
                "permission."
            ),
            (
                "<strong>3.</strong> The theme, &#8220;Ride the Skyline&#8221;, was "
                "written by the husband-and-wife team Harlan and Dot Greer, and "
                "Bobby Vane, who sings it, recorded his vocal in a hotel bathroom in "
                "Kowloon for the echo."
            ),
            (
                "<strong>4.</strong> It was a bigger hit in Canada than at home: No. "
                "12 on the RPM chart, but only No. 21 on the Billboard Hot 100."
            ),
            (
                "<strong>5.</strong> Vane&#8217;s next single, &#8220;Jade "
                "Lanterns&#8221;, was written for a sequel that never happened; it "
                "has nothing to do with this film and stalled at No. 64 in the "
                "States. Bonus sixth fact: the director, Kurt Malden, wanted Hawaii. "
                "The budget wanted Hong Kong."
            ),
        ],
        video="yt:Sd4fK7jL2mN",
        film=("Skyline Drifters", 1976),
        tracks=["Ride the Skyline"],
        people=[
            ("Ride the Skyline", "Harlan Greer", "composer"),
            ("Ride the Skyline", "Dot Greer", "composer"),
            ("Ride the Skyline", "Bobby Vane", "performer"),
        ],
        peaks=[
            ("Ride the Skyline", 12, "canada_rpm"),
            ("Ride the Skyline", 21, "billboard_hot_100"),
        ],
        places=["Kai Tak Airport", "Chungking Mansions"],
        stood=[("Kai Tak Airport", "Haneda")],
    ),
    post(
        "summer-of-small-hours-essay-j",
        "handmade",
        "The Summer of Small Hours, and the Summer I Was Seventeen",
        [
            (
                "I was seventeen in 1995, living above my parents&#8217; launderette "
                "in Swansea, and I saw <em>The Summer of Small Hours</em> four times "
                "at the Castle cinema before it left town. I have been trying to "
                "write about it ever since, and this is the closest I have come."
            ),
            (
                "It is a slight film, really: three friends, one last summer, a "
                "caravan, a stolen boat. What made it enormous was where it was made "
                "and what it sounded like. The director, Gwen Pryce, shot almost all "
                "of it within a few miles of the farm where she grew up, and for "
                "once Wales got to play itself. The beach where the three of them "
                "sleep out under the stars is Barafundle Bay; the harbour where they "
                "steal the boat is the one at Tenby."
            ),
            (
                "Only once does the film pretend. The dream sequence, where Cerys "
                "imagines herself in Italy, was shot at Portmeirion, the toy-town "
                "village up in Gwynedd, which plays an Italian coastal village with "
                "no more make-up than a few lemon trees in pots. I went there years "
                "later, sat where she sat, and felt ridiculous and happy."
            ),
            "H: The songs",
            (
                "And the music. &#8220;Small Hours&#8221;, by The Lanternfish, was "
                "written by their singer Callum Reid in the band&#8217;s rehearsal "
                "room in Cardiff, and it runs under the title sequence like a tide "
                "coming in. It reached number seven on the UK singles chart that "
                "August, which felt, to us, like the whole world finally learning a "
                "secret we had been keeping."
            ),
            (
                "The other one, the one I still cannot hear without pulling the car "
                "over, is &#8220;Whitewash Sky&#8221;. Ffion Parry sang it; she and "
                "Gethin Rhys wrote it together, in Welsh first and then in English. "
                "There is a Welsh-language version, &#8220;Awyr Wen&#8221;, which "
                "isn&#8217;t in the film and which I think is better."
            ),
            (
                "The album, <em>Small Hours: Songs from the Film</em>, went to "
                "number four on the UK albums chart and was certified platinum by "
                "the BPI before Christmas. In Ireland, where my cousins bought it, "
                "it went gold as well. Everyone I knew had it, and everyone&#8217;s "
                "copy seemed to skip in the same place during the third track."
            ),
            (
                "Pryce never made another feature. The Lanternfish split in 1998. "
                "Parry teaches music now, at a school in Carmarthen. I have a "
                "mortgage and two children who think the film is boring, and they "
                "are wrong, and one day they will be seventeen."
            ),
            (
                "Here is the opening, if you have three minutes and a window to look "
                "out of."
            ),
        ],
        video="yt:Sh9mL2xP4Kq",
        film=("The Summer of Small Hours", 1995),
        tracks=["Small Hours", "Whitewash Sky"],
        people=[
            ("Small Hours", "The Lanternfish", "performer"),
            ("Small Hours", "Callum Reid", "composer"),
            ("Whitewash Sky", "Ffion Parry", "performer"),
            ("Whitewash Sky", "Ffion Parry", "composer"),
            ("Whitewash Sky", "Gethin Rhys", "composer"),
        ],
        albums=["Small Hours: Songs from the Film"],
        peaks=[
            ("Small Hours", 7, "uk_singles"),
            ("Small Hours: Songs from the Film", 4, "uk_albums"),
        ],
        certs=[
            ("Small Hours: Songs from the Film", "platinum", 1, "bpi"),
            ("Small Hours: Songs from the Film", "gold", 1, "other"),
        ],
        places=["Barafundle Bay", "Tenby", "Portmeirion"],
        stood=[("Portmeirion", "an Italian coastal village")],
    ),
]
