"""Round 7, set K: twenty posts by a thirteenth writer who never saw the importer's code.

Invented films (1975-1995), songs, people, bands and labels; real filming places. Each markup of markups.RENDERERS is used twice. Annotated per ANNOTATING.md.
"""

from .spec import post

POSTS = [
    post(
        "bass-lines-for-harbour-lights-k",
        "wp_classic",
        "Forty Years On: My Week on the Harbour Lights at Midnight Sessions",
        [
            (
                "I have played bass on something like six hundred records, and I "
                "couldn&#8217;t hum you half of them. But people still write to me "
                "about one week in February 1983, when a fixer rang and asked "
                "whether I could read fast and keep my mouth shut. The job was the "
                "music for <em>Harbour Lights at Midnight</em>, and the song, in "
                "the end, was &#8220;Salt on the Wire.&#8221;"
            ),
            (
                "The tune belonged to Desmond Achterberg, a Dutch-born piano man "
                "who had lived in Bristol for twenty years and who swore he wrote "
                "the whole thing on the back of a betting slip at Newton Abbot "
                "races. Lorna Vey sang it. She did three takes; the second is the "
                "one on the record, even though Gil Rasmussen, who was producing, "
                "fought for the third until about two in the morning."
            ),
            "H: Where the pictures came from",
            (
                "We never saw the set, of course. We were in a basement in "
                "Battersea while the crew were up in Liverpool, where the old "
                "warehouses of the Albert Dock had been dressed up as a Baltimore "
                "waterfront, American mailboxes and yellow cabs and all. Two of the "
                "horn players drove up to watch a night shoot and came back raving "
                "about the Perch Rock Lighthouse at New Brighton, where the second "
                "unit filmed the closing scene in a gale."
            ),
            (
                "We also knocked out a little instrumental that afternoon, "
                "&#8220;Low Tide Waltz,&#8221; which Achterberg wanted for the end "
                "titles. The director said no. It turned up as the B-side of the "
                "single, and it is not in the picture at all, whatever the sleeve "
                "notes on the Japanese pressing claim."
            ),
            (
                "The single did better than any of us had a right to expect. It got "
                "to number fourteen on the British chart and climbed all the way to "
                "number nine in Australia, where my cousin in Perth swore it played "
                "every hour that summer. The BPI gave it a silver disc, which Lorna "
                "hung in her downstairs loo. The album, <em>Harbour Lights at "
                "Midnight: Music from the Motion Picture</em>, sold steadily and "
                "never charted anywhere."
            ),
            (
                "If you have never seen the film, the title sequence is on YouTube, "
                "scratchy as an old cat. That&#8217;s me under the second verse, a "
                "hair behind the beat. You&#8217;re welcome."
            ),
        ],
        video="yt:Hb7kLw2qP0s",
        film=("Harbour Lights at Midnight", 1983),
        tracks=["Salt on the Wire"],
        people=[
            ("Salt on the Wire", "Desmond Achterberg", "composer"),
            ("Salt on the Wire", "Lorna Vey", "performer"),
        ],
        albums=["Harbour Lights at Midnight: Music from the Motion Picture"],
        peaks=[
            ("Salt on the Wire", 14, "uk_singles"),
            ("Salt on the Wire", 9, "australia_kent"),
        ],
        certs=[("Salt on the Wire", "silver", 1, "bpi")],
        places=["Albert Dock", "Perch Rock Lighthouse"],
        stood=[("Albert Dock", "a Baltimore waterfront")],
    ),
    post(
        "rewind-letter-neon-saints-k",
        "gutenberg",
        "REWIND Letter #112: Neon Saints, Big Hair and a Very Loud Summer",
        [
            (
                "Hey there, Rewinders! Grab a Tab, tease your fringe and pull up a "
                "beanbag, because this week&#8217;s letter is all about the movie "
                "that wallpapered every mall in America in the summer of 1986: "
                "<em>Neon Saints</em>."
            ),
            (
                "Quick refresher for the kids in the back: two roller-rink rivals, "
                "one stolen Camaro, and a boardwalk showdown that the script "
                "insists happens in Atlantic City. Spoiler: it doesn&#8217;t. The "
                "boardwalk bits were shot on the other side of the country at "
                "Venice Beach, doing its best Atlantic City impression, and the big "
                "rooftop finale was filmed up at the Griffith Observatory. Director "
                "Sal Brandauer, a Cleveland boy, hated the Pacific light and said "
                "so in every single interview."
            ),
            "H: The songs we wore out",
            (
                "You know the one. &#8220;Running on Static&#8221; by The Velvet "
                "Arcades kicks in the second the skates hit the rink, and "
                "twelve-year-old me never recovered. Ray Castellano and Mina Okafor "
                "wrote it in a weekend, and it went to No. 3 on the Hot 100 and "
                "clean to the top of the RPM chart up in Canada, where it also "
                "picked up a gold record."
            ),
            (
                "Then there&#8217;s the slow-dance number, &#8220;Kiss the "
                "Wreckage,&#8221; written and sung by Dana Prewitt, who looks "
                "exactly as cool in the video as you remember. It stalled at No. 22 "
                "on Billboard&#8217;s adult contemporary list, which is a crime we "
                "will discuss at the next meeting."
            ),
            (
                "The soundtrack album itself hung around the Billboard 200 for most "
                "of a year, peaking at No. 11, and the RIAA eventually certified it "
                "triple platinum. My copy has a skate-wheel mark right across side "
                "two."
            ),
            (
                "LIST: Best outfit: the silver bomber jacket | Best line: "
                "&#8220;Skate or get out of my rink&#8221; | Worst song that is NOT "
                "in the movie: the Velvet Arcades&#8217; follow-up, &#8220;Paper "
                "Heartbeat&#8221;"
            ),
            (
                "See you next week, when we tackle the great Rubik&#8217;s Cube "
                "shortage. Stay rad. &#8212; Tina"
            ),
        ],
        video="yt:Ns86RoS_tAt",
        film=("Neon Saints", 1986),
        tracks=["Running on Static", "Kiss the Wreckage"],
        people=[
            ("Running on Static", "The Velvet Arcades", "performer"),
            ("Running on Static", "Ray Castellano", "composer"),
            ("Running on Static", "Mina Okafor", "composer"),
            ("Kiss the Wreckage", "Dana Prewitt", "composer"),
            ("Kiss the Wreckage", "Dana Prewitt", "performer"),
        ],
        albums=["Neon Saints soundtrack"],
        peaks=[
            ("Running on Static", 3, "billboard_hot_100"),
            ("Running on Static", 1, "canada_rpm"),
            ("Kiss the Wreckage", 22, "billboard_adult_contemporary"),
            ("Neon Saints soundtrack", 11, "billboard_200"),
        ],
        certs=[
            ("Running on Static", "gold", 1, "music_canada"),
            ("Neon Saints soundtrack", "platinum", 3, "riaa"),
        ],
        places=["Venice Beach", "Griffith Observatory"],
        stood=[("Venice Beach", "Atlantic City")],
    ),
    post(
        "quick-one-vacancy-at-dawn-k",
        "ghost",
        "quick one",
        [
            (
                "rewatched <em>Vacancy at Dawn</em> (1979) last night. still holds "
                "up. still made me cry."
            ),
            (
                "that diner where everything goes wrong was shot at Roy's Motel and "
                "Café out on Route 66. went there in 2019, the sign is still up."
            ),
            (
                "and the song over the last shot is &#8220;Dust Road Lullaby&#8221; "
                "by Hollis Greer. only got to #31 on the Hot 100. criminal."
            ),
            "ok that&#8217;s it. go watch it.",
        ],
        video="vimeo:228140573",
        film=("Vacancy at Dawn", 1979),
        tracks=["Dust Road Lullaby"],
        people=[("Dust Road Lullaby", "Hollis Greer", "performer")],
        peaks=[("Dust Road Lullaby", 31, "billboard_hot_100")],
        places=["Roy's Motel and Café"],
    ),
    post(
        "cold-front-year-by-year-k",
        "blogger",
        "Cold Front, Year by Year",
        [
            (
                "People ask me why a ski thriller from 1985 still has a fan club. "
                "Rather than explain, here is the whole story as a timeline, from "
                "the first day of snow to the anniversary reissue."
            ),
            (
                "1983: Annika Lindqvist, a Swedish singer born in Uppsala, signs to "
                "the tiny Polestar label. Nobody outside Stockholm has heard of "
                "her."
            ),
            (
                "1984: Cameras roll in January at Lake Louise, Alberta, which "
                "spends the whole first act pretending to be a Swiss ski village. "
                "In March the second unit flies to Austria and shoots the downhill "
                "chase on the Hahnenkamm above Kitzbühel. In October songwriter "
                "Paul Devereaux hands in &#8220;White Noise Heart&#8221;; Lindqvist "
                "cuts her vocal in two days."
            ),
            (
                "1985: The film opens in March. The single creeps onto the Hot 100 "
                "in April and peaks at number seven in June. Over in West Germany "
                "it does even better, reaching number two on the Media Control "
                "chart. The album, <em>Cold Front: Original Motion Picture "
                "Soundtrack</em>, tops out at nineteen on the Billboard 200."
            ),
            (
                "1986: The BVMI certifies the single gold. Stateside, the RIAA does "
                "the same for the album. Lindqvist&#8217;s next single, "
                "&#8220;Paper Tigers,&#8221; reaches number twelve in Sweden and is "
                "never heard of again."
            ),
            (
                "1991: A British indie band called Glasshouse covers &#8220;White "
                "Noise Heart&#8221; for a B-side. It is not good."
            ),
            (
                "1995: The tenth-anniversary reissue adds &#8220;Avalanche "
                "Theme,&#8221; the instrumental that plays under the avalanche "
                "itself, composed by Martin Hale and missing from the original "
                "vinyl. Lake Louise, meanwhile, is still there, still happy to "
                "pretend to be Switzerland for anyone who asks."
            ),
        ],
        video="yt:cF85_lakeLs",
        film=("Cold Front", 1985),
        tracks=["White Noise Heart", "Avalanche Theme"],
        people=[
            ("White Noise Heart", "Paul Devereaux", "composer"),
            ("White Noise Heart", "Annika Lindqvist", "performer"),
            ("Avalanche Theme", "Martin Hale", "composer"),
        ],
        albums=["Cold Front: Original Motion Picture Soundtrack"],
        peaks=[
            ("White Noise Heart", 7, "billboard_hot_100"),
            ("White Noise Heart", 2, "germany_media_control"),
            ("Cold Front: Original Motion Picture Soundtrack", 19, "billboard_200"),
        ],
        certs=[
            ("White Noise Heart", "gold", 1, "bvmi"),
            ("Cold Front: Original Motion Picture Soundtrack", "gold", 1, "riaa"),
        ],
        places=["Lake Louise", "Hahnenkamm"],
        stood=[("Lake Louise", "a Swiss ski village")],
    ),
    post(
        "chart-run-borrowed-wings-k",
        "medium",
        "Chart Run Analysis: The Borrowed Wings Singles, 1988 to 1989",
        [
            (
                "This note summarises the chart performance of the two singles and "
                "the soundtrack album released in connection with <em>Borrowed "
                "Wings</em> (1988). Positions are peak positions; weeks are chart "
                "weeks, not calendar weeks. Sources are the printed charts, not "
                "later databases, which contain at least one transcription error "
                "noted below."
            ),
            "H: Single one",
            (
                "&#8220;Higher Than the Hangar&#8221; (The Tallboys; written by "
                "Gordon Fife) entered the Billboard Hot 100 at 71 and reached a "
                "peak of 5 in its ninth week. On the Mainstream Rock chart it "
                "stopped one place short of the summit, at 2. Elsewhere: 8 on the "
                "Canadian RPM singles chart and 17 in the United Kingdom. The RIAA "
                "certified it gold in February 1989. Several online sources give "
                "the UK peak as 7; that figure belongs to a different record "
                "entirely."
            ),
            "H: Single two",
            (
                "&#8220;Tailwind (Take Me Home)&#8221; was credited to Cheryl "
                "Mancuso, who co-wrote it with Ed Brannigan. Its Hot 100 run was "
                "modest (peak: 24), but it held the number-one position on the "
                "Adult Contemporary chart for three consecutive weeks. In Australia "
                "the Kent Music Report listed it at 6."
            ),
            "H: The album",
            (
                "<em>Borrowed Wings (Original Soundtrack)</em> peaked at 4 on the "
                "Billboard 200 and at 13 on the Dutch Album Top 100. Certification: "
                "double platinum (RIAA); platinum (Music Canada, then still the "
                "CRIA). For context only, the year&#8217;s best-performing single "
                "overall, Lakeview&#8217;s &#8220;Glass Parade,&#8221; spent six "
                "weeks at 1; it has no connection to the film and is excluded from "
                "the figures above."
            ),
            (
                "Conclusion: a two-hit soundtrack with above-average longevity. "
                "Full tables available on request."
            ),
        ],
        video="yt:Bw88chartRn",
        film=("Borrowed Wings", 1988),
        tracks=["Higher Than the Hangar", "Tailwind (Take Me Home)"],
        people=[
            ("Higher Than the Hangar", "The Tallboys", "performer"),
            ("Higher Than the Hangar", "Gordon Fife", "composer"),
            ("Tailwind (Take Me Home)", "Cheryl Mancuso", "performer"),
            ("Tailwind (Take Me Home)", "Cheryl Mancuso", "composer"),
            ("Tailwind (Take Me Home)", "Ed Brannigan", "composer"),
        ],
        albums=["Borrowed Wings (Original Soundtrack)"],
        peaks=[
            ("Higher Than the Hangar", 5, "billboard_hot_100"),
            ("Higher Than the Hangar", 2, "billboard_mainstream_rock"),
            ("Higher Than the Hangar", 8, "canada_rpm"),
            ("Higher Than the Hangar", 17, "uk_singles"),
            ("Tailwind (Take Me Home)", 24, "billboard_hot_100"),
            ("Tailwind (Take Me Home)", 1, "billboard_adult_contemporary"),
            ("Tailwind (Take Me Home)", 6, "australia_kent"),
            ("Borrowed Wings (Original Soundtrack)", 4, "billboard_200"),
            ("Borrowed Wings (Original Soundtrack)", 13, "other:Dutch Album Top 100"),
        ],
        certs=[
            ("Higher Than the Hangar", "gold", 1, "riaa"),
            ("Borrowed Wings (Original Soundtrack)", "platinum", 2, "riaa"),
            ("Borrowed Wings (Original Soundtrack)", "platinum", 1, "music_canada"),
        ],
    ),
    post(
        "marisol-keane-at-the-movies-k",
        "squarespace",
        "Marisol Keane at the Movies: A Devoted Fan's Guide",
        [
            (
                "I have loved Marisol Keane since I was nine and heard her on my "
                "sister&#8217;s clock radio, so consider this a biased document. "
                "She sang for exactly three films in the eighties. Two of them I "
                "will deal with quickly; the third is the reason this blog exists."
            ),
            (
                "Her first try was an end-credits ballad for a 1984 campus comedy "
                "whose title even the studio seems to have forgotten; it "
                "isn&#8217;t streaming anywhere and the song was never released as "
                "a single. The last was a duet tacked onto a 1990 cop picture after "
                "she had mostly retired. Neither charted, and I refuse to rank "
                "them."
            ),
            "H: Ferris Wheel Summer (1987)",
            (
                "Then came <em>Ferris Wheel Summer</em>. The opening shot swoops "
                "down over the Santa Cruz Beach Boardwalk, which the film passes "
                "off as a Jersey Shore amusement park (the giveaway is the redwoods "
                "on the hill), and it&#8217;s Marisol&#8217;s voice that carries "
                "you down the midway. The song is &#8220;Top of the World "
                "Tonight,&#8221; written for her by Terry Lindgren and Bo "
                "Whitcombe."
            ),
            (
                "It climbed to number twelve on the Hot 100 and did even better "
                "with the grown-ups, reaching fourth place on the adult "
                "contemporary chart. Not bad for a girl from Fresno who had been "
                "told she was &#8220;too folky for radio.&#8221;"
            ),
            (
                "Her second song in the film is a duet with Dean Farrow, "
                "&#8220;Cotton Candy Sky,&#8221; and this time she wrote it "
                "herself. It wasn&#8217;t a hit at home, but British DJs liked it "
                "enough to push it to number thirty-eight over there."
            ),
            (
                "Both songs are on <em>Ferris Wheel Summer: Songs from the "
                "Film</em>, which the RIAA certified gold in the autumn of 1987. "
                "The CD reissue drops the dialogue snippets, thank goodness."
            ),
            (
                "LIST: Best Marisol vocal: &#8220;Top of the World Tonight&#8221; | "
                "Best Marisol lyric: &#8220;Cotton Candy Sky&#8221; | Best Marisol "
                "haircut: all of them"
            ),
        ],
        video="yt:MkFerrisW87",
        film=("Ferris Wheel Summer", 1987),
        tracks=["Top of the World Tonight", "Cotton Candy Sky"],
        people=[
            ("Top of the World Tonight", "Marisol Keane", "performer"),
            ("Top of the World Tonight", "Terry Lindgren", "composer"),
            ("Top of the World Tonight", "Bo Whitcombe", "composer"),
            ("Cotton Candy Sky", "Marisol Keane", "performer"),
            ("Cotton Candy Sky", "Dean Farrow", "performer"),
            ("Cotton Candy Sky", "Marisol Keane", "composer"),
        ],
        albums=["Ferris Wheel Summer: Songs from the Film"],
        peaks=[
            ("Top of the World Tonight", 12, "billboard_hot_100"),
            ("Top of the World Tonight", 4, "billboard_adult_contemporary"),
            ("Cotton Candy Sky", 38, "uk_singles"),
        ],
        certs=[("Ferris Wheel Summer: Songs from the Film", "gold", 1, "riaa")],
        places=["Santa Cruz Beach Boardwalk"],
        stood=[("Santa Cruz Beach Boardwalk", "a Jersey Shore amusement park")],
    ),
    post(
        "then-and-now-rust-belt-requiem-k",
        "substack",
        "Then and Now: Standing Where Rust Belt Requiem Was Shot",
        [
            (
                "Every spring I pick one film and try to stand exactly where the "
                "camera stood. This year it was <em>Rust Belt Requiem</em> (1981), "
                "the bleak little steel-town drama that almost nobody saw in "
                "cinemas and everybody seems to have taped off late-night "
                "television."
            ),
            (
                "The film calls its town Millbrook, Ohio. There is no Millbrook; "
                "the town you see is Braddock, Pennsylvania, just up the "
                "Monongahela from Pittsburgh, playing Millbrook, Ohio without a "
                "single sign changed. I parked near the river and within ten "
                "minutes found the corner where the hero&#8217;s father collapses. "
                "The bakery is a phone shop now. The lamp post is the same one, "
                "dent and all."
            ),
            "H: The furnaces",
            (
                "The mill scenes were filmed at the Carrie Blast Furnaces across "
                "the river in Rankin, which played the Millbrook Steel works. In "
                "1981 the crew had to dodge working crews; today the furnaces are a "
                "National Historic Landmark and you can book a guided tour. My "
                "&#8220;now&#8221; photo has a tour group in hard hats where the "
                "picket line used to be."
            ),
            (
                "The one location I nearly skipped is the Duquesne Incline, where "
                "the two brothers have their last conversation. It looks the same. "
                "It will always look the same. The car still creaks, the view over "
                "the rivers is still absurdly pretty, and the operator had no idea "
                "a film had ever been made there."
            ),
            "H: A note on the music",
            (
                "The only song in the film is &#8220;Iron in the Rain,&#8221; which "
                "Tommy Kresge wrote and sang and which plays, very quietly, over "
                "the final drive home. It was a modest radio hit, getting as high "
                "as number two on Billboard&#8217;s Mainstream Rock chart. Kresge "
                "later moved to Nashville and made country records, which is its "
                "own story."
            ),
            (
                "Prints of all twelve then-and-now pairs are in the shop. Paid "
                "subscribers get the contact sheets."
            ),
        ],
        video="vimeo:81234567",
        film=("Rust Belt Requiem", 1981),
        tracks=["Iron in the Rain"],
        people=[
            ("Iron in the Rain", "Tommy Kresge", "composer"),
            ("Iron in the Rain", "Tommy Kresge", "performer"),
        ],
        peaks=[("Iron in the Rain", 2, "billboard_mainstream_rock")],
        places=["Braddock", "Carrie Blast Furnaces", "Duquesne Incline"],
        stood=[
            ("Braddock", "Millbrook, Ohio"),
            ("Carrie Blast Furnaces", "the Millbrook Steel works"),
        ],
    ),
    post(
        "you-hear-it-first-velvet-hour-k",
        "hugo",
        "You Hear It Before You See It: The Velvet Hour",
        [
            (
                "You hear it before you see it. A cello, low and unhurried, then a "
                "drum machine like a heartbeat through a wall, then Ingrid "
                "Sallow&#8217;s voice, and only then does the screen fade up from "
                "black. This is how <em>The Velvet Hour</em> (1992) begins, and you "
                "know at once that you will be humming it for days."
            ),
            (
                "You are on a bridge at dawn, and the subtitles tell you it is "
                "Vienna. It isn&#8217;t. You are on the Charles Bridge in Prague, "
                "which is playing Vienna, and playing it rather well if you ignore "
                "the statues. Later you will sit in the Café Slavia, across the "
                "river, while she waits for him and he doesn&#8217;t come."
            ),
            (
                "The song is &#8220;Somewhere Past Midnight.&#8221; You might "
                "assume Sallow wrote it, since she sings it as if she had, but the "
                "words and music are Colm Rafferty&#8217;s, an Irish writer she met "
                "in a pub in Kilburn."
            ),
            "H: What you don&#8217;t know yet",
            (
                "You don&#8217;t know yet that the single will go to number six in "
                "Britain and to number three in Germany, or that it will earn a "
                "silver disc from the BPI and a gold one from the BVMI. You "
                "don&#8217;t know that the soundtrack, titled simply <em>The Velvet "
                "Hour</em>, will stall at twenty-one on the UK albums chart, and "
                "then quietly collect an IFPI platinum award for its European sales "
                "years later."
            ),
            (
                "You climb Petřín Hill with them in the last reel, breathless, the "
                "city laid out under you, and the cello comes back. You "
                "didn&#8217;t see it coming. You should have."
            ),
            "You can watch the opening below. Headphones, please.",
        ],
        video="yt:VelvHour92x",
        film=("The Velvet Hour", 1992),
        tracks=["Somewhere Past Midnight"],
        people=[
            ("Somewhere Past Midnight", "Ingrid Sallow", "performer"),
            ("Somewhere Past Midnight", "Colm Rafferty", "composer"),
        ],
        albums=["The Velvet Hour"],
        peaks=[
            ("Somewhere Past Midnight", 6, "uk_singles"),
            ("Somewhere Past Midnight", 3, "germany_media_control"),
            ("The Velvet Hour", 21, "uk_albums"),
        ],
        certs=[
            ("Somewhere Past Midnight", "silver", 1, "bpi"),
            ("Somewhere Past Midnight", "gold", 1, "bvmi"),
            ("The Velvet Hour", "platinum", 1, "ifpi"),
        ],
        places=["Charles Bridge", "Café Slavia", "Petřín Hill"],
        stood=[("Charles Bridge", "Vienna")],
    ),
    post(
        "video-essay-glass-canyon-k",
        "jekyll",
        "Video Essay Script, Draft 3: Why the Glass Canyon Montage Works",
        [
            (
                "[COLD OPEN. Black screen. A single guitar note.] [VO] Ninety "
                "seconds. That&#8217;s all it takes <em>Glass Canyon</em> (1990) to "
                "turn a woman who can&#8217;t climb into a woman who can. Today "
                "we&#8217;re going to take those ninety seconds apart, frame by "
                "frame."
            ),
            "H: Part one: the rock",
            (
                "[B-ROLL: wide shots of red sandstone.] [VO] The film tells us "
                "we&#8217;re in the Sierra Madre. We&#8217;re not. These walls are "
                "Red Rock Canyon, twenty minutes outside Las Vegas, standing in for "
                "the Sierra Madre. [ON SCREEN: map graphic.] The slot-canyon shots "
                "in the middle of the montage, the ones with light falling in "
                "shafts, were filmed at Antelope Canyon in Arizona, where the crew "
                "had about forty minutes of usable sun each day."
            ),
            "H: Part two: the song",
            (
                "[VO] And then the drums. &#8220;Climb (Don't Look Down)&#8221; was "
                "performed by Stonebridge Avenue, a Sacramento bar band on their "
                "first and only major-label deal, and written by their guitarist, "
                "Luis Ocampo. [ON SCREEN: single sleeve.] It went all the way to "
                "number one on the Mainstream Rock chart and to fifteen on the Hot "
                "100."
            ),
            (
                "[VO] Notice that the cuts land on the snare, not the kick. [CLIP: "
                "01:12:40 to 01:13:10.] The editor, Ruth Mayhew, told me she first "
                "cut the sequence to a temp track she still won&#8217;t name, then "
                "recut every shot to the real song once it arrived."
            ),
            (
                "[VO] The song is on <em>Glass Canyon: Music From and Inspired by "
                "the Motion Picture</em>, though Hannah Verhoeven&#8217;s "
                "orchestral score never got a release of its own. [END CARD: "
                "subscribe; sources in the description.]"
            ),
        ],
        video="yt:GlsCnyn1990",
        film=("Glass Canyon", 1990),
        tracks=["Climb (Don't Look Down)"],
        people=[
            ("Climb (Don't Look Down)", "Stonebridge Avenue", "performer"),
            ("Climb (Don't Look Down)", "Luis Ocampo", "composer"),
        ],
        albums=["Glass Canyon: Music From and Inspired by the Motion Picture"],
        peaks=[
            ("Climb (Don't Look Down)", 1, "billboard_mainstream_rock"),
            ("Climb (Don't Look Down)", 15, "billboard_hot_100"),
        ],
        places=["Red Rock Canyon", "Antelope Canyon"],
        stood=[("Red Rock Canyon", "the Sierra Madre")],
    ),
    post(
        "faq-who-sings-tin-roof-k",
        "handmade",
        "Forum FAQ: Who Really Sings in Tin Roof Rhapsody?",
        [
            (
                "This question comes up about once a week on the Seventies Country "
                "Cinema board, so the mods asked me to write it up properly for "
                "<em>Tin Roof Rhapsody</em> (1978). Pin it, link it, stop asking."
            ),
            (
                "H: Q: Is that really Colt Barrow singing &#8220;Blue Gravel "
                "Road&#8221;?"
            ),
            (
                "No. Barrow mimes it, and mimes it well, but the voice on the "
                "soundtrack belongs to Wade Pruett, a session singer who never got "
                "his name on the poster. The song itself was written by Orla "
                "Madigan and Lyle Cathcart."
            ),
            "H: Q: And the song in the bar fight?",
            (
                "&#8220;Honky-Tonk Halo&#8221; is Orla Madigan herself, singing her "
                "own song. She&#8217;s the one in the red dress at the end of the "
                "bar, too, if you freeze-frame."
            ),
            "H: Q: Where is that dance hall?",
            (
                "Gruene Hall in New Braunfels, Texas, which in the film plays a "
                "Tennessee roadhouse. The opening drive through the hill country "
                "was shot just outside Luckenbach. The farmhouse is a set on a "
                "soundstage; stop looking for it."
            ),
            "H: Q: Was it a hit?",
            (
                "&#8220;Blue Gravel Road&#8221; went to number four on "
                "Billboard&#8217;s Hot Country Singles chart and scraped into the "
                "Hot 100 at forty-five. The soundtrack LP went gold with the RIAA "
                "in 1979. Barrow&#8217;s own album from the same year peaked at "
                "150, and deserved to."
            ),
        ],
        video="yt:TinRoof78_q",
        film=("Tin Roof Rhapsody", 1978),
        tracks=["Blue Gravel Road", "Honky-Tonk Halo"],
        people=[
            ("Blue Gravel Road", "Wade Pruett", "performer"),
            ("Blue Gravel Road", "Orla Madigan", "composer"),
            ("Blue Gravel Road", "Lyle Cathcart", "composer"),
            ("Honky-Tonk Halo", "Orla Madigan", "performer"),
            ("Honky-Tonk Halo", "Orla Madigan", "composer"),
        ],
        albums=["Tin Roof Rhapsody soundtrack"],
        peaks=[
            ("Blue Gravel Road", 4, "other:Hot Country Singles"),
            ("Blue Gravel Road", 45, "billboard_hot_100"),
        ],
        certs=[("Tin Roof Rhapsody soundtrack", "gold", 1, "riaa")],
        places=["Gruene Hall", "Luckenbach"],
        stood=[("Gruene Hall", "a Tennessee roadhouse")],
    ),
    post(
        "northern-circuit-box-set-review-k",
        "wp_classic",
        "Review: Northern Circuit: The Complete Recordings (3-CD Box)",
        [
            (
                "Ten years after the film, and a full decade after the original LP "
                "sat in every sixth-form common room in the country, <em>Northern "
                "Circuit</em> (1984) gets the deluxe treatment. <em>Northern "
                "Circuit: The Complete Recordings</em> runs to three discs, a "
                "sixty-page booklet and a replica pit pass. Is it worth forty quid? "
                "Mostly."
            ),
            "H: Disc one: the album as it was",
            (
                "Disc one is the original <em>Northern Circuit: Original "
                "Soundtrack</em>, remastered from the first-generation tapes. It "
                "reached number seven on the UK albums chart back in the day and "
                "was certified gold by the BPI, and it sounds far better here than "
                "on the muddy 1986 CD. The centrepiece is still &#8220;Red Line "
                "Fever,&#8221; Gears of Glory&#8217;s roaring opener, written by "
                "the band&#8217;s keyboard player Vince Hollander. As a single it "
                "peaked at eleven in Britain and went as high as four in West "
                "Germany, where the film was inexplicably huge."
            ),
            "H: Discs two and three: the bonus material",
            (
                "The bonus discs are where the box earns its price. There are "
                "alternate mixes of everything, plus the previously unreleased "
                "&#8220;Pit Lane Serenade,&#8221; the little acoustic cue heard "
                "when the mechanic finally gets his kiss, played by Hollander alone "
                "on a borrowed twelve-string. Best of all is the full-length "
                "&#8220;Chequered Heart,&#8221; the ballad Alison Tate sings over "
                "the closing laps, co-written by Hollander and Rob Keel and trimmed "
                "to ninety seconds in the film."
            ),
            (
                "Less welcome is the 1991 cover of &#8220;Red Line Fever&#8221; by "
                "the German band Kraftmeister, tacked onto the end of disc three. "
                "It was a minor hit over there, and I understand the licensing "
                "logic, but it has nothing to do with the film."
            ),
            "H: The booklet",
            (
                "The essay is good on the filming, which I hadn&#8217;t known much "
                "about: the race scenes were shot at Brands Hatch, which doubles "
                "for the Montreal circuit, and at the Nürburgring, which plays "
                "itself. There are lovely stills of the crew huddled under "
                "umbrellas in the paddock. Verdict: four chequered flags out of "
                "five."
            ),
        ],
        video="yt:NthCirc84bx",
        film=("Northern Circuit", 1984),
        tracks=["Red Line Fever", "Pit Lane Serenade", "Chequered Heart"],
        people=[
            ("Red Line Fever", "Gears of Glory", "performer"),
            ("Red Line Fever", "Vince Hollander", "composer"),
            ("Pit Lane Serenade", "Vince Hollander", "performer"),
            ("Chequered Heart", "Alison Tate", "performer"),
            ("Chequered Heart", "Vince Hollander", "composer"),
            ("Chequered Heart", "Rob Keel", "composer"),
        ],
        albums=[
            "Northern Circuit: The Complete Recordings",
            "Northern Circuit: Original Soundtrack",
        ],
        peaks=[
            ("Northern Circuit: Original Soundtrack", 7, "uk_albums"),
            ("Red Line Fever", 11, "uk_singles"),
            ("Red Line Fever", 4, "germany_media_control"),
        ],
        certs=[("Northern Circuit: Original Soundtrack", "gold", 1, "bpi")],
        places=["Brands Hatch", "Nürburgring"],
        stood=[("Brands Hatch", "the Montreal circuit")],
    ),
    post(
        "the-song-they-cut-k",
        "gutenberg",
        ("The Song They Cut: How Lanterns on the Water Charted Without Its Scene"),
        [
            (
                "Every so often a song outlives the scene it was written for. In "
                "the case of <em>The Ferryman's Daughter</em> (1991), it outlived "
                "the scene by about three decades, because the scene never made it "
                "to cinemas at all."
            ),
            (
                "The song is &#8220;Lanterns on the Water,&#8221; a slow, aching "
                "thing sung by Siobhán Kerrigan and written by Padraig Lowe, who "
                "had known her since they were both busking on Grafton Street. It "
                "was meant to play over the night crossing, the one where the "
                "ferry&#8217;s lamps are the only light on the bay, and it was "
                "recorded, mixed and paid for."
            ),
            "H: What happened in the edit",
            (
                "Test audiences found the film too long. Twelve minutes came out, "
                "the night crossing with them, and the producers swapped in "
                "&#8220;Tide Comes In,&#8221; a jaunty instrumental by the "
                "film&#8217;s composer, Declan Moss, under a much shorter version "
                "of the scene. That cue is what you hear today."
            ),
            (
                "Kerrigan&#8217;s song survived on <em>The Ferryman's Daughter: "
                "Original Motion Picture Soundtrack</em> and in the trailer, and "
                "radio took to it straight away. It went to number two on the Irish "
                "Singles Chart, number nine in the UK and, improbably, number "
                "nineteen on New Zealand&#8217;s RIANZ chart. It picked up a silver "
                "disc from the BPI and went gold in Ireland, too."
            ),
            "H: Where to see what survived",
            (
                "The ferry scenes that stayed in were shot in the harbour at Howth, "
                "which stands in for Brittany, and the convent where the daughter "
                "hides is Kylemore Abbey in Connemara. Neither location seems to "
                "have known it was being used for a film about France until the "
                "posters went up."
            ),
            (
                "Nobody has ever found the cut footage. The song, though, you can "
                "hear below, over the trailer that promised a scene the film never "
                "delivered."
            ),
        ],
        video="yt:LntrnsWtr91",
        film=("The Ferryman's Daughter", 1991),
        tracks=["Lanterns on the Water", "Tide Comes In"],
        people=[
            ("Lanterns on the Water", "Siobhán Kerrigan", "performer"),
            ("Lanterns on the Water", "Padraig Lowe", "composer"),
            ("Tide Comes In", "Declan Moss", "composer"),
        ],
        albums=["The Ferryman's Daughter: Original Motion Picture Soundtrack"],
        peaks=[
            ("Lanterns on the Water", 2, "other:Irish Singles Chart"),
            ("Lanterns on the Water", 9, "uk_singles"),
            ("Lanterns on the Water", 19, "other:RIANZ"),
        ],
        certs=[
            ("Lanterns on the Water", "silver", 1, "bpi"),
            ("Lanterns on the Water", "gold", 1, "other"),
        ],
        places=["Howth", "Kylemore Abbey"],
        stood=[("Howth", "Brittany")],
    ),
    post(
        "society-notes-long-platform-k",
        "ghost",
        "Society Notes: The Long Platform (1976), Screened 14 March",
        [
            (
                "Present: twenty-two members and three guests. Apologies from Mr. "
                "Hadfield (gout) and Mrs. Okoro (Lanzarote). The chair opened by "
                "reminding members that the tea urn must be switched off at the "
                "wall."
            ),
            "H: Introduction to the film",
            (
                "Mr. Petrie introduced <em>The Long Platform</em> (1976), which he "
                "described as &#8220;the best British railway thriller that nobody "
                "can find on disc.&#8221; He noted that its director, Alan Crewe, "
                "was born in Leeds and worked as a signalman before going into "
                "films, which explains the obsessive accuracy of the timetables."
            ),
            "H: Locations",
            (
                "Mr. Petrie&#8217;s slides showed that the station interiors were "
                "filmed at St Pancras, which in the story is a Berlin terminus; "
                "members enjoyed spotting the Midland Railway crests that the art "
                "department forgot to cover. The steam sequences were shot on the "
                "Keighley and Worth Valley Railway, and the long aerial shot of the "
                "train crossing the moors is the Ribblehead Viaduct. Mrs. Lyle said "
                "she had stood on that viaduct as a girl and it was colder than it "
                "looks."
            ),
            "H: Music",
            (
                "Discussion turned to the title song, &#8220;Last Train to "
                "Anywhere,&#8221; which the folk-rock group The Hollow Pines "
                "recorded for the opening credits. It was written by Frank Tolley, "
                "better known for television themes. Mr. Greaves recalled that it "
                "reached number twenty-three on the UK singles chart that spring; "
                "Mr. Petrie checked during the interval and confirmed it. No "
                "soundtrack album was ever issued."
            ),
            (
                "Next meeting: <em>Night of the Long Grass</em> (1975), 11 April. "
                "Mr. Hadfield to bring the spare projector bulb."
            ),
        ],
        video="vimeo:145009876",
        film=("The Long Platform", 1976),
        tracks=["Last Train to Anywhere"],
        people=[
            ("Last Train to Anywhere", "The Hollow Pines", "performer"),
            ("Last Train to Anywhere", "Frank Tolley", "composer"),
        ],
        peaks=[("Last Train to Anywhere", 23, "uk_singles")],
        places=[
            "St Pancras",
            "Keighley and Worth Valley Railway",
            "Ribblehead Viaduct",
        ],
        stood=[("St Pancras", "a Berlin terminus")],
    ),
    post(
        "writing-the-montage-midnight-relay-k",
        "blogger",
        "Writing the Montage: What the Midnight Relay Script Gets Right",
        [
            (
                "New writers ask me how to write a montage without telling the "
                "director how to shoot it. My answer is always the same: go and "
                "read the shooting script of <em>Midnight Relay</em> (1989), a "
                "bicycle-courier thriller that has no business being as good as it "
                "is."
            ),
            "H: The slug line",
            (
                "The screenplay, by Meg Whitlock, is set in Chicago from the first "
                "page to the last. But look at the montage heading on page 64: "
                "MONTAGE &#8212; NIGHT DELIVERIES (SONG TBD). No song title, no "
                "lyrics quoted, no camera directions. Just six images, each one "
                "line long. That restraint is what lets the sequence breathe."
            ),
            (
                "The song that eventually filled the TBD was &#8220;Faster Than the "
                "Night,&#8221; which Kit Danvers sang and co-wrote with Rowan Pell "
                "after seeing a rough cut. It became the film&#8217;s calling card: "
                "ninth on the RPM chart in Canada, eighteenth on the Hot 100, and a "
                "gold record from the CRIA, as Music Canada was still called then."
            ),
            "H: Writing for a city you can&#8217;t afford",
            (
                "Whitlock wrote Chicago; the budget bought Toronto. The production "
                "shot the market chase in Kensington Market, which plays a Chicago "
                "street market with a few Cubs pennants hung from the awnings, and "
                "the final handoff on Cherry Beach at four in the morning. Whitlock "
                "told an interviewer she barely changed a word for the move. That "
                "is the other lesson: write the feeling of a place, not its street "
                "names."
            ),
            (
                "LIST: Keep montage headings short | Only write SONG TBD if you can "
                "live with whatever arrives | Let the images do the plotting"
            ),
        ],
        video="yt:MdnRelay89z",
        film=("Midnight Relay", 1989),
        tracks=["Faster Than the Night"],
        people=[
            ("Faster Than the Night", "Kit Danvers", "performer"),
            ("Faster Than the Night", "Kit Danvers", "composer"),
            ("Faster Than the Night", "Rowan Pell", "composer"),
        ],
        peaks=[
            ("Faster Than the Night", 9, "canada_rpm"),
            ("Faster Than the Night", 18, "billboard_hot_100"),
        ],
        certs=[("Faster Than the Night", "gold", 1, "music_canada")],
        places=["Kensington Market", "Cherry Beach"],
        stood=[("Kensington Market", "a Chicago street market")],
    ),
    post(
        "i-was-an-extra-last-lap-lovers-k",
        "medium",
        "I Was Crowd Member Forty-Seven: Memories of Last Lap Lovers",
        [
            (
                "In September 1981 I was nineteen, broke, and living with my aunt "
                "in Bergamo. A neighbour said an English film company was paying "
                "twenty thousand lire a day for people to stand in a grandstand and "
                "cheer. That is how I ended up, for three days, in <em>Last Lap "
                "Lovers</em> (1982)."
            ),
            (
                "We were bussed to the Autodromo Nazionale Monza before sunrise. "
                "The production had hung Spanish flags everywhere, because in the "
                "film the race is supposed to be at Jarama, outside Madrid. I asked "
                "a carpenter why they didn&#8217;t just go to Spain. He said Spain "
                "was expensive and Monza was here."
            ),
            "H: The waiting",
            (
                "Mostly we waited. An assistant with a megaphone told us when to "
                "stand, when to wave, and when to look heartbroken. I can be seen "
                "for exactly two seconds, left of the pit wall, in a yellow cap I "
                "still own. The leading man, an American whose name I will not "
                "print, was not friendly."
            ),
            (
                "The romantic scenes were not filmed with us. They shot those a "
                "week later at the Villa del Balbianello on Lake Como, which in the "
                "story is a lakeside house in Switzerland. My aunt went to watch "
                "and said the actress was much shorter than she looked."
            ),
            "H: The song",
            (
                "Of course the reason anyone in Italy remembers the film is the "
                "song. &#8220;Ciao, Velocità&#8221; was sung by Gianna Rivetti and "
                "written by Aldo Ferrante, who I am told wrote it in one night at a "
                "hotel in Sanremo. It went to number one on the Musica e Dischi "
                "chart and stayed there most of the winter. Later it reached number "
                "five in West Germany and earned a gold disc in France. My aunt "
                "bought two copies, one to play and one to keep."
            ),
            (
                "I have never seen myself on a big screen. But every time that song "
                "comes on the radio I am nineteen again, in a yellow cap, cheering "
                "for a race that was not in Spain."
            ),
        ],
        video="yt:LastLap82Mz",
        film=("Last Lap Lovers", 1982),
        tracks=["Ciao, Velocità"],
        people=[
            ("Ciao, Velocità", "Gianna Rivetti", "performer"),
            ("Ciao, Velocità", "Aldo Ferrante", "composer"),
        ],
        peaks=[
            ("Ciao, Velocità", 1, "other:Musica e Dischi"),
            ("Ciao, Velocità", 5, "germany_media_control"),
        ],
        certs=[("Ciao, Velocità", "gold", 1, "snep")],
        places=["Autodromo Nazionale Monza", "Villa del Balbianello"],
        stood=[
            ("Autodromo Nazionale Monza", "Jarama"),
            ("Villa del Balbianello", "a lakeside house in Switzerland"),
        ],
    ),
    post(
        "chrome-jackals-zine-k",
        "squarespace",
        "CHROME JACKALS ZINE #9: Teeth, Tyres and Tape Hiss",
        [
            (
                "WELCOME BACK, SCAVENGERS. Issue nine is late because the "
                "photocopier at the library ate issue eight. Blame the librarian. "
                "This ish is all about the one, the only, the gloriously trashy "
                "<em>Chrome Jackals</em> (1980), a film that was banned in two "
                "countries and deserved to be banned in a third."
            ),
            "H: Where the wasteland really is",
            (
                "The film swears blind we&#8217;re in Colorado. Nope. The ruined "
                "town where the Jackals make their last stand is Silverton, a "
                "near-ghost-town out past Broken Hill, playing the ruins of Denver "
                "with a few burnt-out cars dragged in for good measure. The "
                "underground bunker scenes? Coober Pedy, where half the town lives "
                "underground anyway, so the art department barely had to lift a "
                "finger."
            ),
            "H: The noise",
            (
                "The theme is &#8220;Dogs of the Dust&#8221; by Razorhymn, four "
                "Adelaide lads who could barely play and didn&#8217;t care. Mick "
                "Tolan and Sharon Bell wrote it (Sharon was the bass player&#8217;s "
                "sister and the only one of them who could read music). It scraped "
                "to number nineteen on the Kent Music Report, the highest any song "
                "with that much feedback has ever gone in this country."
            ),
            (
                "The soundtrack LP, which came in a plain black sleeve with a "
                "stencilled jackal, is the holy grail for collectors. When it was "
                "reissued in 1988 it finally went gold, certified by ARIA, mostly "
                "thanks to the cult VHS crowd. Razorhymn&#8217;s own album "
                "<em>Scorched</em> got to number eight the year after, but it "
                "isn&#8217;t in the film and frankly it&#8217;s too polished."
            ),
            (
                "LIST: Best death: the harpoon | Best vehicle: the Jackal-mobile | "
                "Best line: &#8220;Chrome don&#8217;t bleed&#8221;"
            ),
            (
                "Next ish: an interview with the stunt rider who broke both legs in "
                "the quarry scene. Send stamps."
            ),
        ],
        video="yt:ChrJackal80",
        film=("Chrome Jackals", 1980),
        tracks=["Dogs of the Dust"],
        people=[
            ("Dogs of the Dust", "Razorhymn", "performer"),
            ("Dogs of the Dust", "Mick Tolan", "composer"),
            ("Dogs of the Dust", "Sharon Bell", "composer"),
        ],
        albums=["Chrome Jackals soundtrack"],
        peaks=[("Dogs of the Dust", 19, "australia_kent")],
        certs=[("Chrome Jackals soundtrack", "gold", 1, "aria")],
        places=["Silverton", "Coober Pedy"],
        stood=[("Silverton", "the ruins of Denver")],
    ),
    post(
        "karaoke-diaries-dream-machine-k",
        "substack",
        "Karaoke Diaries: Thursday Is Dream Machine Night",
        [
            (
                "Every Thursday for six years, a dozen of us have taken over the "
                "back room of the Lucky Mic on Capitol Hill. We have rules. Rule "
                "one: no ballads before ten. Rule two: if someone picks a song from "
                "<em>Dream Machine</em> (1985), everybody sings."
            ),
            "H: The anthem",
            (
                "The anthem, obviously, is &#8220;Power Up, Heart.&#8221; Stacy "
                "Valo&#8217;s original is a monster: Jon Merritt wrote it for her "
                "after hearing her sing backup on somebody else&#8217;s record, and "
                "it climbed to number four on the Hot 100, number two in Australia "
                "and number ten in the UK. The RIAA gave it a gold record; ARIA "
                "went one better and made it platinum. Our Dave attempts the key "
                "change every single week. Our Dave has never once hit it."
            ),
            "H: The duet",
            (
                "Then there&#8217;s &#8220;Transistor Love,&#8221; the duet Valo "
                "recorded with Ricky Shale for the diner scene. It&#8217;s the "
                "karaoke equivalent of a trust fall. Priya and Marcus did it last "
                "week and I&#8217;m fairly sure they&#8217;re now engaged. Nobody "
                "seems to know who wrote it; the soundtrack sleeve doesn&#8217;t "
                "say."
            ),
            (
                "Fun fact for the trivia round: the &#8220;Power Up, Heart&#8221; "
                "video was filmed on the Santa Monica Pier, with Valo riding the "
                "carousel in a silver jumpsuit. The film itself was shot almost "
                "entirely on soundstages, which is why the pier looks more exciting "
                "than anything in the movie."
            ),
            (
                "The machine at the Lucky Mic has a version of &#8220;Power Up, "
                "Heart&#8221; with the wrong lyrics on screen. We have complained. "
                "We have been ignored. See you Thursday."
            ),
        ],
        video="yt:DrmMach85kk",
        film=("Dream Machine", 1985),
        tracks=["Power Up, Heart", "Transistor Love"],
        people=[
            ("Power Up, Heart", "Stacy Valo", "performer"),
            ("Power Up, Heart", "Jon Merritt", "composer"),
            ("Transistor Love", "Stacy Valo", "performer"),
            ("Transistor Love", "Ricky Shale", "performer"),
        ],
        peaks=[
            ("Power Up, Heart", 4, "billboard_hot_100"),
            ("Power Up, Heart", 2, "australia_kent"),
            ("Power Up, Heart", 10, "uk_singles"),
        ],
        certs=[
            ("Power Up, Heart", "gold", 1, "riaa"),
            ("Power Up, Heart", "platinum", 1, "aria"),
        ],
        places=["Santa Monica Pier"],
    ),
    post(
        "two-albums-blue-meridian-k",
        "hugo",
        "Two Albums, One Film: The Score and the Songs of Blue Meridian",
        [
            (
                "<em>Blue Meridian</em> (1993) is a diving film with a thin plot "
                "and a gorgeous sound, and it is one of the few films of its decade "
                "to get two separate soundtrack albums on the same day. If you only "
                "own one, you own half the picture."
            ),
            "H: The score album",
            (
                "<em>Blue Meridian: Original Score</em> collects Helena "
                "Marsh&#8217;s orchestral music, performed by the Prague Film "
                "Orchestra. The main cue, &#8220;Meridian Theme,&#8221; is the one "
                "that swells when the divers first drop through the blue. The album "
                "peaked at sixth place on Billboard&#8217;s soundtrack chart, "
                "remarkable for a record with no vocals. Despite what one "
                "well-known website claimed for years, the score was never "
                "certified gold."
            ),
            "H: The songs album",
            (
                "The other record, <em>Blue Meridian: Songs from the Motion "
                "Picture</em>, is where the money was. Its lead single, &#8220;Open "
                "Water,&#8221; was sung by Nadia Frost and co-written by Marsh "
                "herself with Ben Oduya, which is why its chorus quietly quotes the "
                "main theme. The single got to number ten on the adult contemporary "
                "chart and thirty-three on the Hot 100. The songs album went to "
                "fourteen on the Billboard 200 and was certified 2&#215; platinum "
                "by the RIAA."
            ),
            (
                "It also has &#8220;Coral Radio&#8221; by Sunday Ferns, a jangly "
                "little thing that plays from a boat&#8217;s transistor in the "
                "second act, and a cover of a sixties surf tune that is not in the "
                "film at all and should not be on the album."
            ),
            "H: Where it was shot",
            (
                "The underwater scenes were filmed in Hanauma Bay on Oahu, which "
                "stands in for a Fijian lagoon, and at Molokini, the half-sunken "
                "crater off Maui. The topside scenes were shot in a studio tank, "
                "which is why the sky never quite matches."
            ),
        ],
        video="vimeo:302118844",
        film=("Blue Meridian", 1993),
        tracks=["Meridian Theme", "Open Water", "Coral Radio"],
        people=[
            ("Meridian Theme", "Helena Marsh", "composer"),
            ("Meridian Theme", "Prague Film Orchestra", "performer"),
            ("Open Water", "Nadia Frost", "performer"),
            ("Open Water", "Helena Marsh", "composer"),
            ("Open Water", "Ben Oduya", "composer"),
            ("Coral Radio", "Sunday Ferns", "performer"),
        ],
        albums=[
            "Blue Meridian: Original Score",
            "Blue Meridian: Songs from the Motion Picture",
        ],
        peaks=[
            ("Blue Meridian: Original Score", 6, "billboard_soundtracks"),
            ("Open Water", 10, "billboard_adult_contemporary"),
            ("Open Water", 33, "billboard_hot_100"),
            ("Blue Meridian: Songs from the Motion Picture", 14, "billboard_200"),
        ],
        certs=[("Blue Meridian: Songs from the Motion Picture", "platinum", 2, "riaa")],
        places=["Hanauma Bay", "Molokini"],
        stood=[("Hanauma Bay", "a Fijian lagoon")],
    ),
    post(
        "fact-check-starlight-over-soho-k",
        "jekyll",
        "Fact Check: Dwight Calloway Did Not Write Starlight Over Soho",
        [
            (
                "Claim: &#8220;Starlight Over Soho,&#8221; the theme from <em>Soho "
                "Nocturne</em> (1977), was written by Dwight Calloway. You&#8217;ll "
                "find this on trivia sites, in two published music encyclopedias "
                "and, as of last month, on a pub quiz machine in Kentish Town."
            ),
            "Verdict: <strong>False.</strong>",
            "H: What the record says",
            (
                "Calloway produced the single. His name is on the label as producer "
                "and nowhere else. The songwriting credit, on the original 7-inch, "
                "on the sheet music and in the PRS registration, belongs to Maureen "
                "Ashby and Lenny Vos: Vos wrote the tune, Ashby the words. The "
                "recording is by The Shaftesbury Set."
            ),
            (
                "Where did the mix-up come from? Almost certainly from "
                "Calloway&#8217;s own hit the following year, &#8220;Neon "
                "Rain,&#8221; which he did write and which went to number one. "
                "Somebody merged two entries in a reference book, and the error has "
                "been copied ever since."
            ),
            "H: The other myth",
            (
                "The same trivia sites say the song reached number one in Britain. "
                "It didn&#8217;t. It peaked at number four on the UK singles chart "
                "in October 1977, kept off the top by a novelty record about a "
                "tortoise. It was, however, certified silver by the BPI, which is "
                "the bit people usually leave out."
            ),
            "H: A bonus correction",
            (
                "The nightclub where the song is performed in the film is not a "
                "set. It is Ronnie Scott's, dressed up as a New York supper club, "
                "and the street scene outside was filmed on Berwick Street, market "
                "stalls and all. Sources, as always, below."
            ),
        ],
        video="yt:StarOvrSoho",
        film=("Soho Nocturne", 1977),
        tracks=["Starlight Over Soho"],
        people=[
            ("Starlight Over Soho", "Maureen Ashby", "composer"),
            ("Starlight Over Soho", "Lenny Vos", "composer"),
            ("Starlight Over Soho", "The Shaftesbury Set", "performer"),
        ],
        peaks=[("Starlight Over Soho", 4, "uk_singles")],
        certs=[("Starlight Over Soho", "silver", 1, "bpi")],
        places=["Ronnie Scott's", "Berwick Street"],
        stood=[("Ronnie Scott's", "a New York supper club")],
    ),
    post(
        "ten-best-montage-songs-k",
        "handmade",
        "The 10 Best Montage Songs Ever (Heartland Rising Gets Two)",
        [
            (
                "Lists are arguments, and this one is an argument I have been "
                "having with my brother since 1987, when we saw <em>Heartland "
                "Rising</em> twice in one weekend at the Starlite drive-in. Here is "
                "my top ten. He is wrong about all of his."
            ),
            "H: 10 to 6",
            (
                "LIST: 10. &#8220;Concrete Sunrise&#8221; from <em>Pavement "
                "Kings</em> (1984) | 9. &#8220;Keep Swinging Tonight&#8221; from "
                "<em>Ring of Iron</em> (1982) | 8. &#8220;Harvest Moon Run&#8221; "
                "by The Prairie Dogs, from <em>Heartland Rising</em> | 7. "
                "&#8220;Flatline Boogie&#8221; from <em>Night Shift Angels</em> "
                "(1990) | 6. &#8220;Paper Airplanes&#8221; from <em>Summer of the "
                "Comet</em> (1979)"
            ),
            (
                "A word on number eight: &#8220;Harvest Moon Run&#8221; plays under "
                "the night-time tractor repair, and it got as high as twelve on "
                "Billboard&#8217;s Mainstream Rock chart. The Prairie Dogs were "
                "from Lincoln and broke up a year later."
            ),
            "H: 5 to 1",
            (
                "LIST: 5. &#8220;Stronger by Morning&#8221; from <em>Eight Rounds "
                "Down</em> (1983) | 4. &#8220;Glass Ceiling Blues&#8221; from "
                "<em>Double Shift Diner</em> (1986) | 3. &#8220;Wire to Wire&#8221; "
                "from <em>Nose Ahead</em> (1991) | 2. &#8220;Ground Speed&#8221; "
                "from <em>Ground Crew</em> (1988) | 1. &#8220;Plough Through&#8221; "
                "by Dale Hutchins, from <em>Heartland Rising</em>"
            ),
            (
                "And number one was never in doubt. &#8220;Plough Through&#8221; is "
                "the sound of a whole town raising a barn in three minutes and "
                "forty seconds. Dale Hutchins wrote it with Amy Ruhl and sang it "
                "like his life depended on it. It went to number six on the Hot 100 "
                "and number three on the RPM chart in Canada, and the RIAA "
                "certified it gold. The barn-raising was filmed in the Palouse "
                "country of eastern Washington, at the foot of Steptoe Butte, which "
                "plays Kansas for the whole film. My brother says it looks nothing "
                "like Kansas. He has never been to Kansas."
            ),
            (
                "Honourable mentions go to anything with a saxophone. Fight me in "
                "the comments."
            ),
        ],
        video="yt:HrtlndRise7",
        film=("Heartland Rising", 1987),
        tracks=["Harvest Moon Run", "Plough Through"],
        people=[
            ("Harvest Moon Run", "The Prairie Dogs", "performer"),
            ("Plough Through", "Dale Hutchins", "composer"),
            ("Plough Through", "Amy Ruhl", "composer"),
            ("Plough Through", "Dale Hutchins", "performer"),
        ],
        peaks=[
            ("Harvest Moon Run", 12, "billboard_mainstream_rock"),
            ("Plough Through", 6, "billboard_hot_100"),
            ("Plough Through", 3, "canada_rpm"),
        ],
        certs=[("Plough Through", "gold", 1, "riaa")],
        places=["Steptoe Butte"],
        stood=[("Steptoe Butte", "Kansas")],
    ),
]
