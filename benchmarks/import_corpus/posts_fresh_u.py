"""Round 12, set U: twenty posts by a twenty-second writer who never saw the importer's code.

Films, songs, people, bands, labels, charts runs and certifications are invented; the
filming places (towns, streets, buildings, landscapes) are real.
"""

from .spec import post

POSTS = [
    # 1. A ferry-timetable blogger.
    post(
        "salt-on-the-rail-ferry-timetable-u",
        "wp_classic",
        "Timetable Tuesday: the Wemyss Bay crossing in Salt on the Rail",
        [
            "Regular readers know I keep Tuesdays for timetable changes (the winter"
            " timetable starts on 21 October, and yes, the 07:15 is still cancelled on"
            " alternate Mondays). This week a reader asked about the ferry montage in"
            " <em>Salt on the Rail</em> (1987), so indulge me.",
            "The sequence runs about ninety seconds. Our heroine, a widowed signalwoman"
            " played by Morag Lennie, crosses and recrosses on a car ferry while the"
            " seasons change. The boat is the old MV Ardcastle, long since scrapped. The"
            " departures were shot at the pier at Wemyss Bay, under that glass station"
            " roof, and the arrivals at Rothesay. The film pretends it is all somewhere"
            " much colder: Wemyss Bay doubled for a Baltic port, complete with Cyrillic"
            " signs gaffer-taped over the usual notices.",
            "H: The song",
            "Over it plays “Crossing at Seven”, sung by The Hollin Brothers and written"
            " for them by Dougie Marr, a Greenock session man who also played the"
            " accordion on the record.",
            "It came out as a single in the spring of 1987 and climbed to number 14 on"
            " the UK Singles Chart, which is more than most ferry songs manage. (The"
            " brothers' follow-up, “Last Boat to Dunoon”, did not chart and is not in the"
            " film.)",
            "I did the Ardrossan to Brodick run last August with my nephew and he hummed"
            " it the whole way over, which is the only reason this post exists. Brodick,"
            " before anyone emails, is not in the film.",
        ],
        video="yt:Qm3fT8rLw2c",
        film=("Salt on the Rail", 1987),
        tracks=["Crossing at Seven"],
        people=[
            ("Crossing at Seven", "The Hollin Brothers", "performer"),
            ("Crossing at Seven", "Dougie Marr", "composer"),
            ("Crossing at Seven", "Dougie Marr", "performer"),
        ],
        peaks=[("Crossing at Seven", 14, "uk_singles")],
        places=["Wemyss Bay", "Rothesay"],
        stood=[("Wemyss Bay", "a Baltic port")],
    ),
    # 2. A retired stuntman.
    post(
        "brakes-are-for-cowards-stuntman-memoir-u",
        "wp_classic",
        "Forty Years On: What I Remember About the Brakes Are for Cowards Chase",
        [
            "I did car work for twenty-two years and broke, by my own count, eleven"
            " bones. People mostly ask me about one job: the chase montage in <em>Brakes"
            " Are for Cowards</em>, the 1979 picture with Ray Tolliver at the wheel and"
            " me doing the bits Ray's insurers wouldn't let him do.",
            "We shot the big jump off the spillway at the Sepulveda Dam in the Valley,"
            " which in the film passes for a Mexican border crossing. The dusty stretch"
            " before it was Vasquez Rocks, out past Agua Dulce. Contrary to what every"
            " trivia site says, we never went near the Bonneville Salt Flats. I have"
            " never been to Utah in my life.",
            "H: That song",
            "The montage is cut to “Red Line Fever” by Vic Sallow &amp; the Pistons."
            " Vic wrote it with Arnie Glaub, the band's keyboard man, and he always said"
            " it took them one lunch break. It got to number 31 on the Billboard Hot 100"
            " and the single went gold, certified by the RIAA the following spring. Vic"
            " sent me a copy of the gold disc as a joke; it hangs in my garage next to"
            " the fender I took off on take four.",
            "Thanks to Hal Deegan, my old stunt coordinator, who checked these dates for"
            " me, and to Ray, who still owes me a steak.",
        ],
        video="yt:Tc4hN2sVx8g",
        film=("Brakes Are for Cowards", 1979),
        tracks=["Red Line Fever"],
        people=[
            ("Red Line Fever", "Vic Sallow & the Pistons", "performer"),
            ("Red Line Fever", "Vic Sallow", "composer"),
            ("Red Line Fever", "Arnie Glaub", "composer"),
        ],
        peaks=[("Red Line Fever", 31, "billboard_hot_100")],
        certs=[("Red Line Fever", "gold", 1, "riaa")],
        places=["Sepulveda Dam", "Vasquez Rocks"],
        stood=[("Sepulveda Dam", "a Mexican border crossing")],
    ),
    # 3. A choir director.
    post(
        "lantern-hymn-choir-director-notes-u",
        "gutenberg",
        "From the Choir Loft: Why My Sopranos Love The Lantern Hymn",
        [
            "Every September I show my new singers the rehearsal montage from <em>The"
            " Lantern Hymn</em> (1991). It is the most honest picture of a choir I know:"
            " the coughing, the wrong entries, the alto who always forgets her folder.",
            "The piece they are rehearsing is “Carry the Small Light”, composed by"
            " Margit Ollenhauer to words by her husband, the poet Ferenc Ollenhauer. On"
            " the recording it is sung by the St. Audra Youth Choir with Bethan"
            " Rhys-Evans taking the solo, and I have never heard a cleaner top A from a"
            " fifteen-year-old.",
            "H: Where it was filmed",
            "The story is set in Prague, and plenty of websites will tell you it was shot"
            " there. It wasn't. The nave you see is Tewkesbury Abbey, which stood in for"
            " St. Vitus Cathedral, and the snowy cloister walk is Gloucester Cathedral.",
            "H: The album",
            "The soundtrack album, <em>The Lantern Hymn: Music from the Film</em>,"
            " reached number nine on the UK Albums Chart and was certified silver by the"
            " BPI, which for a record of choral music is nothing short of a miracle.",
            "Our own choir sang “O Quiet Harbour” at the Christmas concert, and several"
            " parents asked whether it was from the film. It is not; it is a Victorian"
            " hymn I arranged myself. Thank you, as ever, to our accompanist Gwen Tate"
            " for putting up with me.",
        ],
        video="vimeo:318840217",
        film=("The Lantern Hymn", 1991),
        tracks=["Carry the Small Light"],
        people=[
            ("Carry the Small Light", "Margit Ollenhauer", "composer"),
            ("Carry the Small Light", "Ferenc Ollenhauer", "composer"),
            ("Carry the Small Light", "St. Audra Youth Choir", "performer"),
            ("Carry the Small Light", "Bethan Rhys-Evans", "performer"),
        ],
        albums=["The Lantern Hymn: Music from the Film"],
        peaks=[("The Lantern Hymn: Music from the Film", 9, "uk_albums")],
        certs=[("The Lantern Hymn: Music from the Film", "silver", 1, "bpi")],
        places=["Tewkesbury Abbey", "Gloucester Cathedral"],
        stood=[("Tewkesbury Abbey", "St. Vitus Cathedral")],
    ),
    # 4. A wedding DJ's FAQ.
    post(
        "two-left-feet-lisbon-wedding-dj-faq-u",
        "gutenberg",
        "Wedding DJ FAQ: Can You Play the Song from the Dance-Lesson Montage?",
        [
            "Every couple who grew up in the eighties asks me this at the planning"
            " meeting, so here is the FAQ I should have written years ago. The film is"
            " <em>Two Left Feet in Lisbon</em> (1989); the montage is the one where the"
            " accountant finally learns the tango.",
            "H: What is the song called?",
            "“Slow Dance on a Fast Train”. It's sung by Lorna Vey, who wrote it with the"
            " songwriter Teddy Faraday. Yes, I have it. Yes, the full version, not the"
            " 2:48 radio edit.",
            "H: Was it a hit?",
            "A big one in North America. It spent four weeks at number one on the RPM"
            " chart in Canada, where it was certified platinum (by the CRIA, now Music"
            " Canada), and it peaked at number two on Billboard's Adult Contemporary"
            " chart. In the UK it did nothing, which is why British grooms look blank.",
            "H: Was the dance studio really in Lisbon?",
            "No! The film is set in Lisbon, but the ballroom scenes were filmed in the"
            " Tower Ballroom in Blackpool, which passed for a Lisbon dance hall. A couple"
            " from Preston told me this very proudly at their own reception.",
            "H: Can you play “Cha-Cha for the Lonely” instead?",
            "Happily, but it is not in the film, whatever your uncle says. That one is by"
            " The Marlowe Set and was in a perfume advert.",
        ],
        video="yt:Lx9_pD4eKw0",
        film=("Two Left Feet in Lisbon", 1989),
        tracks=["Slow Dance on a Fast Train"],
        people=[
            ("Slow Dance on a Fast Train", "Lorna Vey", "performer"),
            ("Slow Dance on a Fast Train", "Lorna Vey", "composer"),
            ("Slow Dance on a Fast Train", "Teddy Faraday", "composer"),
        ],
        peaks=[
            ("Slow Dance on a Fast Train", 1, "canada_rpm"),
            ("Slow Dance on a Fast Train", 2, "billboard_adult_contemporary"),
        ],
        certs=[("Slow Dance on a Fast Train", "platinum", 1, "music_canada")],
        places=["Tower Ballroom"],
        stood=[("Tower Ballroom", "a Lisbon dance hall")],
    ),
    # 5. A stamp collector.
    post(
        "postmark-eleven-stamp-collector-sorting-u",
        "ghost",
        "Philately at the Pictures: The Sorting-Office Montage in Postmark Eleven",
        [
            "My fellow collectors will forgive a detour from the definitives."
            " <em>Postmark Eleven</em> (1984) is a thriller about a postal inspector, and"
            " its montage of sacks, conveyor belts and franking machines is the closest"
            " the cinema has come to my hobby.",
            "I have freeze-framed it more than I care to admit. I counted 212 envelopes"
            " in a single shot, and at least three of the stamps are a 1984 commemorative"
            " set of four that I own in mint condition. None of that matters to anyone"
            " but me.",
            "H: The location",
            "The sorting hall is Mount Pleasant, the enormous Royal Mail office in"
            " Clerkenwell, which played a sorting office in Brussels (the Belgian"
            " postboxes were props, and the wrong red). A story went round our society's"
            " newsletter that the close-ups were done at the postal museum in Bath. They"
            " were not: the curator wrote to say no film crew had ever set foot there.",
            "H: The music",
            "The montage is scored to “First Class Heart” by The Franking Machines,"
            " written by their guitarist, Cyril Attwater. The single reached number 22"
            " in the UK charts. Its B-side, “Second Post”, is the better song but does"
            " not appear in the film.",
        ],
        video="yt:hT2kVw0bQ5s",
        film=("Postmark Eleven", 1984),
        tracks=["First Class Heart"],
        people=[
            ("First Class Heart", "The Franking Machines", "performer"),
            ("First Class Heart", "Cyril Attwater", "composer"),
        ],
        peaks=[("First Class Heart", 22, "uk_singles")],
        places=["Mount Pleasant"],
        stood=[("Mount Pleasant", "a sorting office in Brussels")],
    ),
    # 6. A Q&A transcript with a music supervisor.
    post(
        "neon-lent-music-supervisor-qa-transcript-u",
        "ghost",
        "Transcript: A Music Supervisor on the Neon Lent Montage",
        [
            "<em>This is an edited transcript of a conversation recorded for our"
            " podcast. Our guest, Dana Whitlock, was the music supervisor on Neon Lent"
            " (1986).</em>",
            "<strong>Q:</strong> Let's start with the montage everyone remembers, the"
            " night drive. What's the song?",
            "<strong>A:</strong> “Glass Confession”, by Ultramarine Society. Petra Holm"
            " wrote the lyric and Joaquín Ybarra wrote the music, and the two of them"
            " more or less were the band.",
            "<strong>Q:</strong> Where did you shoot it?",
            "<strong>A:</strong> Ocean Drive in Miami Beach, at four in the morning. The"
            " script said Havana, and the art department did a lot of work to make Ocean"
            " Drive play Havana. You'd never know.",
            "<strong>Q:</strong> Was there a song you wanted and couldn't get?",
            "<strong>A:</strong> “Heaven's Loading Dock” by The Cardinals. Their manager"
            " wanted more than our whole music budget. It's a great record, it went top"
            " ten, but it isn't in the film and I've made my peace with that.",
            "<strong>Q:</strong> And the soundtrack album?",
            "<strong>A:</strong> No clever title, it was just the soundtrack. It peaked"
            " at number eleven on the Billboard 200 and was certified platinum by the"
            " RIAA. And “Glass Confession” went to number one on Billboard's Mainstream"
            " Rock chart, which nobody at the label expected.",
        ],
        video="vimeo:90412673",
        film=("Neon Lent", 1986),
        tracks=["Glass Confession"],
        people=[
            ("Glass Confession", "Ultramarine Society", "performer"),
            ("Glass Confession", "Petra Holm", "composer"),
            ("Glass Confession", "Joaquín Ybarra", "composer"),
        ],
        albums=["Neon Lent soundtrack"],
        peaks=[
            ("Neon Lent soundtrack", 11, "billboard_200"),
            ("Glass Confession", 1, "billboard_mainstream_rock"),
        ],
        certs=[("Neon Lent soundtrack", "platinum", 1, "riaa")],
        places=["Ocean Drive"],
        stood=[("Ocean Drive", "Havana")],
    ),
    # 7. A diary.
    post(
        "paper-kites-summer-rewatch-diary-u",
        "blogger",
        "Diary, week of the heatwave: Summer of the Paper Kites again",
        [
            "Monday. Too hot to do anything, so I dug out the old tape of <em>Summer of"
            " the Paper Kites</em> (1985). The kite montage still makes me cry. Mum says"
            " we saw it at the drive-in at Kalgoorlie, where I was born; I don't"
            " remember that at all.",
            "Tuesday. Looked it up properly. The beach in the montage is Cottesloe Beach,"
            " and the bit with the lighthouse is Rottnest Island, which played a Greek"
            " island (there's even a painted sign saying Naxos). In the film the town is"
            " called Port Elsie, which doesn't exist.",
            "Wednesday. The song is “Higher Than the Lighthouse” by Jenna Coyle. Her"
            " brother Matt Coyle wrote it, and he plays the twelve-string on it too. It"
            " peaked at number three on the Kent Music Report and was accredited"
            " 2&#215; Platinum by ARIA, which Dad says meant something back then.",
            "Thursday. Drove to Fremantle for fish and chips and to hunt for the record"
            " in the op shops. No luck. Bought another Jenna Coyle single instead, “Salt"
            " Road”, but that one was never in any film.",
            "Friday. Cool change at last. Watched it once more anyway.",
        ],
        video="yt:Rk4nT7Zx1Ys",
        film=("Summer of the Paper Kites", 1985),
        tracks=["Higher Than the Lighthouse"],
        people=[
            ("Higher Than the Lighthouse", "Jenna Coyle", "performer"),
            ("Higher Than the Lighthouse", "Matt Coyle", "composer"),
            ("Higher Than the Lighthouse", "Matt Coyle", "performer"),
        ],
        peaks=[("Higher Than the Lighthouse", 3, "australia_kent")],
        certs=[("Higher Than the Lighthouse", "platinum", 2, "aria")],
        places=["Cottesloe Beach", "Rottnest Island"],
        stood=[("Rottnest Island", "a Greek island")],
    ),
    # 8. A forum reply.
    post(
        "chrome-saints-training-montage-forum-reply-u",
        "blogger",
        "Re: Chrome Saints (1981) training montage song?",
        [
            "<em>Quote from MaxHeadroom84 (post #412): “Anyone know the song in the"
            " training montage from Chrome Saints? I think it's 'Muscle &amp; Grace' by"
            " Sheer Velocity.”</em>",
            "Afraid not, mate. “Muscle &amp; Grace” is from the sequel, <em>Chrome Saints"
            " II</em>, and Sheer Velocity had nothing to do with the first film. The song"
            " you want is “Iron in the Blood” by Deke Morrow. He co-wrote it with Lenny"
            " Haas, who also produced the record.",
            "It was a proper hit, too: number 8 on the Hot 100 and number 4 on"
            " Billboard's Mainstream Rock chart.",
            "As for locations, since someone always asks: the beach workouts were shot at"
            " Muscle Beach in Venice, and the stadium stuff at Kezar Stadium in San"
            " Francisco, which passed for a Detroit high-school field. Ignore the guy on"
            " the other thread saying it was the Rose Bowl. It wasn't.",
            "Hope that helps. Three replies in and nobody had said it, so.",
        ],
        video="vimeo:27755319",
        film=("Chrome Saints", 1981),
        tracks=["Iron in the Blood"],
        people=[
            ("Iron in the Blood", "Deke Morrow", "performer"),
            ("Iron in the Blood", "Deke Morrow", "composer"),
            ("Iron in the Blood", "Lenny Haas", "composer"),
        ],
        peaks=[
            ("Iron in the Blood", 8, "billboard_hot_100"),
            ("Iron in the Blood", 4, "billboard_mainstream_rock"),
        ],
        places=["Muscle Beach", "Kezar Stadium"],
        stood=[("Kezar Stadium", "a Detroit high-school field")],
    ),
    # 9. A translated review.
    post(
        "nacht-der-wasserspiele-translated-review-u",
        "medium",
        "Night of the Fountains: a 1988 review, translated",
        [
            "<em>Translator's note: this review of Die Nacht der Wasserspiele (1988),"
            " released in English as Night of the Fountains, first appeared in a Kassel"
            " weekly. I have translated it as faithfully as I can. My thanks to Uwe"
            " Penner for checking my German.</em>",
            "Who would have thought a film could make our Bergpark Wilhelmshöhe famous?"
            " Director Hanno Lietz, a son of this city, has turned its cascades into the"
            " backdrop of the finest montage in German cinema this year. The Bergpark"
            " Wilhelmshöhe stands in for an Italian villa garden, and with the water"
            " tumbling down the steps nobody in Munich will notice the difference.",
            "The music is “Lichter über dem Wasser”, performed by the Kassel band"
            " Kaltfront. The music is by Reinhold Sachs, the words by Dagmar Wirth, and"
            " it is the first time a local group has been heard in a cinema this size.",
            "The rest of the film is, alas, less inspired, but for those four minutes it"
            " is worth the ticket.",
            "<em>Translator's addendum: the single went on to reach number five in the"
            " Media Control charts and earned a gold record from the BVMI. In Austria it"
            " reached number 12 on the Ö3 Austria Top 40 and was certified gold by IFPI"
            " Austria.</em>",
        ],
        video="yt:Wm8sJ3qPz0a",
        film=("Die Nacht der Wasserspiele", 1988),
        tracks=["Lichter über dem Wasser"],
        people=[
            ("Lichter über dem Wasser", "Kaltfront", "performer"),
            ("Lichter über dem Wasser", "Reinhold Sachs", "composer"),
            ("Lichter über dem Wasser", "Dagmar Wirth", "composer"),
        ],
        peaks=[
            ("Lichter über dem Wasser", 5, "germany_media_control"),
            ("Lichter über dem Wasser", 12, "other:Ö3 Austria Top 40"),
        ],
        certs=[
            ("Lichter über dem Wasser", "gold", 1, "bvmi"),
            ("Lichter über dem Wasser", "gold", 1, "ifpi"),
        ],
        places=["Bergpark Wilhelmshöhe"],
        stood=[("Bergpark Wilhelmshöhe", "an Italian villa garden")],
    ),
    # 10. A fact-check.
    post(
        "runway-dawn-montage-fact-check-u",
        "medium",
        "Fact-Check: Five Claims About the Runway Dawn Montage",
        [
            "Few montages attract as much misinformation as the airport sequence in"
            " <em>Runway Dawn</em> (1993). We checked five claims that circulate on fan"
            " sites.",
            "H: Claim 1: It was filmed at Heathrow. FALSE.",
            "The terminal scenes were shot at Shannon Airport in County Clare, which"
            " played JFK. No frame was shot at Heathrow; the British Airways tails in the"
            " background were added in post.",
            "H: Claim 2: Duncan Pryce wrote the song. FALSE.",
            "“Cleared for Take-Off” is credited to Sasha Reinholt and Tomás Ferrer, and"
            " Reinholt sings it. Pryce was the editor's brother-in-law and has never had"
            " a songwriting credit in his life.",
            "H: Claim 3: It was a UK number one. FALSE.",
            "The single peaked at number six on the UK Singles Chart. The record that"
            " kept it off the top came from another film entirely.",
            "H: Claim 4: The soundtrack went triple platinum. PARTLY TRUE.",
            "<em>Runway Dawn: Original Motion Picture Soundtrack</em> was certified"
            " triple platinum in Canada by Music Canada's predecessor, the CRIA, but only"
            " gold in the US, by the RIAA.",
            "H: Claim 5: The runway shots really were done at dawn. TRUE.",
            "They were filmed between 5 and 6 a.m. over 14 mornings, and the call"
            " sheets survive to prove it.",
        ],
        video="yt:Fc_2Nd8QmVt",
        film=("Runway Dawn", 1993),
        tracks=["Cleared for Take-Off"],
        people=[
            ("Cleared for Take-Off", "Sasha Reinholt", "composer"),
            ("Cleared for Take-Off", "Tomás Ferrer", "composer"),
            ("Cleared for Take-Off", "Sasha Reinholt", "performer"),
        ],
        albums=["Runway Dawn: Original Motion Picture Soundtrack"],
        peaks=[("Cleared for Take-Off", 6, "uk_singles")],
        certs=[
            (
                "Runway Dawn: Original Motion Picture Soundtrack",
                "platinum",
                3,
                "music_canada",
            ),
            ("Runway Dawn: Original Motion Picture Soundtrack", "gold", 1, "riaa"),
        ],
        places=["Shannon Airport"],
        stood=[("Shannon Airport", "JFK")],
    ),
    # 11. A reissue label's press release.
    post(
        "velvet-interstate-reissue-press-release-u",
        "squarespace",
        "Halfmoon Archive Announces Velvet Interstate Soundtrack Reissue",
        [
            "FOR IMMEDIATE RELEASE. Halfmoon Archive Records is proud to announce the"
            " first vinyl reissue in over forty years of <em>Mile Markers</em>, the"
            " original soundtrack to the 1978 road movie <em>Velvet Interstate</em>,"
            " remastered from the original tapes.",
            "Composed by Lionel Achterberg, the album was a surprise success on release,"
            " climbing to number 27 on the Billboard 200 and earning an RIAA gold"
            " certification in 1979. Its centrepiece, “Mile Marker Love”, performed by"
            " The Dorsey Sisters with lyrics by June Kalloway and music by Achterberg,"
            " accompanied the film's celebrated highway montage and reached number two on"
            " Billboard's Adult Contemporary chart.",
            "The montage, filmed along Route 66 at the Blue Whale of Catoosa and at"
            " Cadillac Ranch outside Amarillo, has been restored in 4K for a limited"
            " screening tour.",
            "The reissue also includes a previously unreleased demo, “Exit Twelve”,"
            " recorded for the film but never used in it.",
            "LIST: 180-gram double LP | Gatefold sleeve with new liner notes by critic"
            " Anton Reyes | Limited to 2,500 numbered copies",
            "Press contact: Rhea Montgomery, Halfmoon Archive Records.",
        ],
        video="vimeo:143380911",
        film=("Velvet Interstate", 1978),
        tracks=["Mile Marker Love"],
        people=[
            ("Mile Marker Love", "The Dorsey Sisters", "performer"),
            ("Mile Marker Love", "June Kalloway", "composer"),
            ("Mile Marker Love", "Lionel Achterberg", "composer"),
        ],
        albums=["Mile Markers"],
        peaks=[
            ("Mile Markers", 27, "billboard_200"),
            ("Mile Marker Love", 2, "billboard_adult_contemporary"),
        ],
        certs=[("Mile Markers", "gold", 1, "riaa")],
        places=["Blue Whale of Catoosa", "Cadillac Ranch"],
    ),
    # 12. A photocopied punk zine.
    post(
        "spit-and-polish-tower-block-zine-u",
        "squarespace",
        "BLOCK PARTY zine no. 7: Spit and Polish revisited",
        [
            "right. issue seven, 50p or a swap. this time it's <em>Spit &amp;"
            " Polish</em> (1982), the only punk film that got the tower blocks right,"
            " mostly because they actually shot in one.",
            "the montage is Tin Cathedral doing “Council Flat Ballet” while the kids"
            " paint the stairwells. Roz Kettle and Mick Oduya wrote it in Roz's mum's"
            " kitchen and it sounds like it. in a good way.",
            "they shot it in Trellick Tower, which played an East Berlin housing block"
            " (someone hung a DDR flag out of a window), and under the Westway.",
            "the single got to number 3 on the UK Indie Chart and scraped to 41 in the"
            " proper UK singles chart, which the band were ashamed of and proud of at"
            " the same time.",
            "we saw them at the 100 Club in '83. Roz spat at the bouncer. not in the"
            " film, sadly.",
        ],
        video="yt:zP7uKq2VbN4",
        film=("Spit & Polish", 1982),
        tracks=["Council Flat Ballet"],
        people=[
            ("Council Flat Ballet", "Tin Cathedral", "performer"),
            ("Council Flat Ballet", "Roz Kettle", "composer"),
            ("Council Flat Ballet", "Mick Oduya", "composer"),
        ],
        peaks=[
            ("Council Flat Ballet", 3, "other:UK Indie Chart"),
            ("Council Flat Ballet", 41, "uk_singles"),
        ],
        places=["Trellick Tower", "Westway"],
        stood=[("Trellick Tower", "an East Berlin housing block")],
    ),
    # 13. A music-licensing newsletter.
    post(
        "quiet-auction-sync-licensing-newsletter-u",
        "substack",
        "Sync Notes #58: What Going Once Cost The Quiet Auction",
        [
            "Welcome back to Sync Notes, where I take one film cue a week and ask what"
            " it cost and what it earned. This week: the auction-house montage in"
            " <em>The Quiet Auction</em> (1994).",
            "The cue is “Going Once”, written by Kit Brannagh and sung by Marisol Vance."
            " Brannagh was a jingle writer with no film credits; the studio paid, by my"
            " source's account, $40,000 for master and sync together, which looks like a"
            " bargain in hindsight.",
            "H: What it earned",
            "The single peaked at No. 17 on the Billboard Hot 100 and spent three weeks"
            " at No. 1 on the Adult Contemporary chart. The RIAA certified it gold."
            " Compare “Sold to the Lady in Red” from the same year's <em>Gavel</em>,"
            " which topped the UK chart and earned half as much in sync.",
            "H: Where it was shot",
            "The montage was filmed in the light court of the Rookery Building in"
            " Chicago, which passed for a Manhattan auction house. The one exterior is"
            " genuinely New York: Madison Avenue, grabbed by a second unit in two hours.",
            "Thanks to reader Pauline Marsh for the tip. Paid subscribers get the full"
            " cue sheet on Friday.",
        ],
        video="yt:aJ5vT0nWq8E",
        film=("The Quiet Auction", 1994),
        tracks=["Going Once"],
        people=[
            ("Going Once", "Kit Brannagh", "composer"),
            ("Going Once", "Marisol Vance", "performer"),
        ],
        peaks=[
            ("Going Once", 17, "billboard_hot_100"),
            ("Going Once", 1, "billboard_adult_contemporary"),
        ],
        certs=[("Going Once", "gold", 1, "riaa")],
        places=["Rookery Building", "Madison Avenue"],
        stood=[("Rookery Building", "a Manhattan auction house")],
    ),
    # 14. A running coach's newsletter.
    post(
        "hill-of-nine-mornings-running-coach-u",
        "substack",
        "Coach's Corner: The Hill Repeats in Hill of Nine Mornings",
        [
            "I show this montage to every club runner who tells me hill repeats are"
            " boring. <em>Hill of Nine Mornings</em> (1980) follows a Leith postman who"
            " trains for the marathon in the Kenyan highlands, except the Kenyan"
            " highlands are Arthur's Seat, which doubled for the Rift Valley, heather and"
            " all.",
            "The flat intervals were filmed on the sands at Portobello, where you can"
            " still do the same session at low tide.",
            "The music is “Nine Mornings”, an instrumental by Aurelio Santangeli, played"
            " by the Ravenna Session Orchestra with Santangeli himself at the piano. It"
            " peaked at number five in the UK and topped the Irish Singles Chart for two"
            " weeks.",
            "H: This week's session",
            "LIST: 10 minutes easy | 8 &#215; 60 seconds uphill, jog back down | 10"
            " minutes easy",
            "I ran the Great North Run in Newcastle last month in 1:31, with “Nine"
            " Mornings” on loop for the last three miles.",
        ],
        video="yt:mN0pL2oXcY9",
        film=("Hill of Nine Mornings", 1980),
        tracks=["Nine Mornings"],
        people=[
            ("Nine Mornings", "Aurelio Santangeli", "composer"),
            ("Nine Mornings", "Ravenna Session Orchestra", "performer"),
            ("Nine Mornings", "Aurelio Santangeli", "performer"),
        ],
        peaks=[
            ("Nine Mornings", 5, "uk_singles"),
            ("Nine Mornings", 1, "other:Irish Singles Chart"),
        ],
        places=["Arthur's Seat", "Portobello"],
        stood=[("Arthur's Seat", "the Rift Valley")],
    ),
    # 15. A list post.
    post(
        "cold-harbour-saturday-seven-things-list-u",
        "hugo",
        "Seven Things You Didn't Know About the Cold Harbour Saturday Montage",
        [
            "The dockside montage in <em>Cold Harbour Saturday</em> (1977) runs four"
            " minutes and has no dialogue. Here are seven things about it, in no"
            " particular order.",
            "LIST: It is set in Hamburg, but not a single shot was filmed in Germany. |"
            " The docks are the Albert Dock in Liverpool, which doubled for Hamburg's"
            " harbour. | The song is “Saturday Shift” by Dee Kimber and the Quayside"
            " Band. | It was written by Alan Rusk, a Birkenhead schoolteacher, who also"
            " plays the harmonica on the record. | The single reached number 19 in the UK"
            " and, fittingly, number seven on West Germany's Media Control chart. | The"
            " soundtrack LP, <em>Dockside Nights</em>, was certified gold in the"
            " Netherlands by the NVPI. | Director Ines Varga was born in Budapest and"
            " never once visited the set; a second unit shot the whole thing.",
            "That's seven. I'd tell you an eighth, but the rights holders are touchy.",
        ],
        video="vimeo:205118834",
        film=("Cold Harbour Saturday", 1977),
        tracks=["Saturday Shift"],
        people=[
            ("Saturday Shift", "Dee Kimber and the Quayside Band", "performer"),
            ("Saturday Shift", "Alan Rusk", "composer"),
            ("Saturday Shift", "Alan Rusk", "performer"),
        ],
        albums=["Dockside Nights"],
        peaks=[
            ("Saturday Shift", 19, "uk_singles"),
            ("Saturday Shift", 7, "germany_media_control"),
        ],
        certs=[("Dockside Nights", "gold", 1, "other")],
        places=["Albert Dock"],
        stood=[("Albert Dock", "Hamburg's harbour")],
    ),
    # 16. A pub-quiz answer sheet.
    post(
        "ballroom-of-the-moon-pub-quiz-answers-u",
        "hugo",
        "Quiz Night Answers, Round 4: Ballroom of the Moon",
        [
            "Thanks to all eleven teams who came out on Thursday. As promised, here are"
            " the answers to Round 4, which was all about the rooftop montage in"
            " <em>Ballroom of the Moon</em> (1992). Scores are final; the Quizzly Bears"
            " won by two points.",
            "H: Answers",
            "LIST: Q1. Who sings “Moonlight Over the Mansards”? Odette Marchal. | Q2. Who"
            " co-wrote it with her? Benoît Carrel. | Q3. Where was the rooftop montage"
            " filmed? On the Bradbury Building in Los Angeles, which stood in for a Paris"
            " hotel. Half a point for “Paris”. | Q4. Its highest UK chart position?"
            " Number 4 (we also accepted “fourth”). | Q5. How many times platinum did it"
            " go in Australia? Twice: 2&#215; Platinum from ARIA. | Q6. Which French body"
            " certified it gold? The SNEP. | Q7. Which chart did the soundtrack album,"
            " <em>Ballroom of the Moon (Original Soundtrack)</em>, top? Billboard's"
            " Soundtracks chart. | Q8. Which song did the director originally want?"
            " “Moonstruck Waltz” by Harry Faulk. It was dropped before filming, so anyone"
            " who said it was in the film got nothing.",
            "Next week's theme is car-chase songs. Bring a pen.",
        ],
        video="yt:Bq3sX8vRr1M",
        film=("Ballroom of the Moon", 1992),
        tracks=["Moonlight Over the Mansards"],
        people=[
            ("Moonlight Over the Mansards", "Odette Marchal", "performer"),
            ("Moonlight Over the Mansards", "Odette Marchal", "composer"),
            ("Moonlight Over the Mansards", "Benoît Carrel", "composer"),
        ],
        albums=["Ballroom of the Moon (Original Soundtrack)"],
        peaks=[
            ("Moonlight Over the Mansards", 4, "uk_singles"),
            ("Ballroom of the Moon (Original Soundtrack)", 1, "billboard_soundtracks"),
        ],
        certs=[
            ("Moonlight Over the Mansards", "platinum", 2, "aria"),
            ("Moonlight Over the Mansards", "gold", 1, "snep"),
        ],
        places=["Bradbury Building"],
        stood=[("Bradbury Building", "a Paris hotel")],
    ),
    # 17. A city walking-tour guide.
    post(
        "ninth-floor-waltz-glasgow-walking-tour-u",
        "jekyll",
        "On the Tour: Where The Ninth Floor Waltz Put Moscow in Glasgow",
        [
            "On my Merchant City walk I stop at George Square, and someone always asks"
            " whether it's in <em>The Ninth Floor Waltz</em> (1976). It isn't, whatever"
            " a certain guidebook says. But two places within ten minutes' walk are.",
            "The marble staircase inside the Glasgow City Chambers stood in for the"
            " Kremlin in the montage where the defector climbs it again and again. Up"
            " the hill, the Glasgow Necropolis played a Moscow cemetery, snow machines"
            " and all.",
            "The music over it is “Snow on the Ministry”, sung by the Polish-born mezzo"
            " Kasia Wren to music by Anatol Grieve. Grieve was a Glasgow man himself"
            " and, I'm told, used to drink in the Scotia Bar.",
            "The single peaked at number 33 in the UK, which is not bad at all for a"
            " song sung in Russian.",
            "The tour runs Saturdays at 11, costs £12, and finishes at a pub that is"
            " also not in the film.",
        ],
        video="vimeo:76979871",
        film=("The Ninth Floor Waltz", 1976),
        tracks=["Snow on the Ministry"],
        people=[
            ("Snow on the Ministry", "Kasia Wren", "performer"),
            ("Snow on the Ministry", "Anatol Grieve", "composer"),
        ],
        peaks=[("Snow on the Ministry", 33, "uk_singles")],
        places=["Glasgow City Chambers", "Glasgow Necropolis"],
        stood=[
            ("Glasgow City Chambers", "the Kremlin"),
            ("Glasgow Necropolis", "a Moscow cemetery"),
        ],
    ),
    # 18. A record-shop owner.
    post(
        "dust-on-the-needle-record-shop-counter-u",
        "jekyll",
        "Behind the Counter: Needle Drops and the Dust on the Needle Montage",
        [
            "People come into the shop every week asking for one record: <em>Needle"
            " Drops</em>, the soundtrack to <em>Dust on the Needle</em> (1995). It's a"
            " compilation of crate-digger favourites with one new song on it, and that"
            " new song is the one over the montage where the kid learns to beat-match.",
            "That's “Spin It Back” by the duo Okafor &amp; Lund, with Tasha Greer on"
            " vocals. Henrik Lund wrote it with Greer; Chidi Okafor, the other half of"
            " the duo, says he wrote nothing but his own name on the sleeve.",
            "The single got to number 12 on the UK Singles Chart, and the album made"
            " number six on the albums chart and went gold with the BPI. It's still a"
            " steady seller second-hand, a tenner for a clean copy.",
            "The montage was shot on Berwick Street in Soho, which passed for a street in"
            " lower Manhattan, yellow cabs and all.",
            "Record of the week, unrelated: an original pressing of “Teardrop Motorway”"
            " by The Vellums, £80, which has never been in a film and never will be.",
        ],
        video="yt:dK8wYf2Lm0s",
        film=("Dust on the Needle", 1995),
        tracks=["Spin It Back"],
        people=[
            ("Spin It Back", "Okafor & Lund", "performer"),
            ("Spin It Back", "Tasha Greer", "performer"),
            ("Spin It Back", "Henrik Lund", "composer"),
            ("Spin It Back", "Tasha Greer", "composer"),
        ],
        albums=["Needle Drops"],
        peaks=[
            ("Spin It Back", 12, "uk_singles"),
            ("Needle Drops", 6, "uk_albums"),
        ],
        certs=[("Needle Drops", "gold", 1, "bpi")],
        places=["Berwick Street"],
        stood=[("Berwick Street", "a street in lower Manhattan")],
    ),
    # 19. A nineties fan page.
    post(
        "laser-knights-avalon-fan-shrine-page-u",
        "handmade",
        "LASER KNIGHTS OF AVALON - The Montage Page!!",
        [
            "Welcome to my page about the best film ever made, <b>Laser Knights of"
            " Avalon</b> (1985)! You are visitor number 004521. Sign my guestbook!!",
            "The MONTAGE is when Sir Corwen builds his laser sword. The song is “Sword of"
            " the Morning Star” by Pendragon Circuit. Music by Gareth Lowe and lyrics by"
            " Ceri Bowen.",
            "It got to #26 in the UK charts!!! There was also a soundtrack LP but I have"
            " never found a copy, if you have one EMAIL ME.",
            "They filmed the castle bits at Tintagel Castle in Cornwall and the hill at"
            " Glastonbury Tor, which is the Isle of Avalon in the film. I went to"
            " Stonehenge on holiday because I thought it was in the film but it is NOT,"
            " don't make the same mistake.",
            "LIST: My other pages: Krull | Ladyhawke | Links",
        ],
        video="yt:Hs2Vc8pNj7Q",
        film=("Laser Knights of Avalon", 1985),
        tracks=["Sword of the Morning Star"],
        people=[
            ("Sword of the Morning Star", "Pendragon Circuit", "performer"),
            ("Sword of the Morning Star", "Gareth Lowe", "composer"),
            ("Sword of the Morning Star", "Ceri Bowen", "composer"),
        ],
        albums=["Laser Knights of Avalon soundtrack"],
        peaks=[("Sword of the Morning Star", 26, "uk_singles")],
        places=["Tintagel Castle", "Glastonbury Tor"],
        stood=[("Glastonbury Tor", "the Isle of Avalon")],
    ),
    # 20. A local history society.
    post(
        "fenland-gambit-ely-history-society-u",
        "handmade",
        "When the Film Crew Came to Ely: The Fenland Gambit",
        [
            "The Ely and District Local History Society has often been asked about the"
            " summer of 1978, when a film crew arrived to shoot <em>The Fenland"
            " Gambit</em>, which was released the following year, in 1979.",
            "The crew spent three weeks in the city. Ely Cathedral passed for a French"
            " abbey in the film's long montage, and the river sequence was filmed on the"
            " Great Ouse, with members of the rowing club as extras.",
            "The song heard over the montage is “Across the Flat Country” by the folk"
            " duo Harrow &amp; Reade, Jess Harrow and Tom Reade, who wrote it together"
            " in a caravan at Littleport. It reached number 38 in the singles chart here"
            " and later appeared on the duo's album <em>Fen Lights</em>, which reached"
            " number fifteen on the UK Albums Chart.",
            "The Society thanks Mrs Joan Pettit, whose tea room fed the crew, and the"
            " late Canon Arthur Hale for his recollections. Our next meeting is on 14"
            " March at 7.30pm at the Old Gaol.",
        ],
        video="vimeo:31158841",
        film=("The Fenland Gambit", 1979),
        tracks=["Across the Flat Country"],
        people=[
            ("Across the Flat Country", "Harrow & Reade", "performer"),
            ("Across the Flat Country", "Jess Harrow", "composer"),
            ("Across the Flat Country", "Tom Reade", "composer"),
        ],
        albums=["Fen Lights"],
        peaks=[
            ("Across the Flat Country", 38, "uk_singles"),
            ("Fen Lights", 15, "uk_albums"),
        ],
        places=["Ely Cathedral", "Great Ouse"],
        stood=[("Ely Cathedral", "a French abbey")],
    ),
]
