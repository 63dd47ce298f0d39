"""Round 6, set I: twenty posts by an eleventh writer who never saw the importer's code.

Invented films (1975-1995), songs, people, bands and labels; real filming places. Each markup of markups.RENDERERS is used twice. Annotated per ANNOTATING.md.
"""

from .spec import post

POSTS = [
    post(
        "salt-orchard-lecture-i",
        "wp_classic",
        "Memory, Brine and the Pop Song: Rereading The Salt Orchard",
        [
            (
                "When I first screened <em>The Salt Orchard</em> (1983) for a "
                "second-year seminar, which I did somewhat reluctantly because the "
                "print the library held had faded to the colour of weak tea, I had "
                "not anticipated that the discussion would turn, almost at once, to "
                "the song that plays over its final tracking shot rather than to "
                "the film's rather laboured allegory of inheritance."
            ),
            (
                "That song, &#8220;Low Tide Letters,&#8221; was written by the "
                "film's composer, Ines Carvalhal, together with the lyricist "
                "Maurice Dunleavy, and it is sung, in a voice that seems "
                "deliberately held back from the microphone, by Odile Marchetti, "
                "whose only other screen credit, as far as I have been able to "
                "establish, is a walk-on in a television serial that nobody now "
                "remembers."
            ),
            (
                "Although the screenplay insists that we are in a village on the "
                "Algarve coast, the director, Teodoro Vance, who was born in Lisbon "
                "and who rarely missed a chance to mention it, shot almost nothing "
                "in Portugal; the harbour and the whitewashed lanes belong to "
                "Essaouira, on Morocco's Atlantic coast, which plays an Algarve "
                "fishing village with a conviction that I find, on each rewatch, "
                "slightly unsettling."
            ),
            (
                "The orchard itself, which the title promises and the film "
                "withholds until its final third, was found inland, in the almond "
                "groves outside Tafraout in the Anti-Atlas, a choice that the "
                "production notes explain in terms of light rather than of fidelity "
                "to the script."
            ),
            "H: The record and its afterlife",
            (
                "The soundtrack album, issued by the small label Mar&#233; Discos "
                "under the unadorned title <em>Music from The Salt Orchard</em>, "
                "did modestly everywhere except, curiously, in West Germany, where "
                "it climbed to number nineteen on the Media Control albums chart; "
                "the single, meanwhile, which I suspect most of my students have "
                "heard without knowing its origin, reached number twenty-eight on "
                "the UK Singles Chart in the spring of 1984 and was certified "
                "silver by the BPI, a distinction that the label, with a candour "
                "one rarely sees in press releases, described as &#8216;a small "
                "miracle.&#8217;"
            ),
            (
                "What interests me, and what I would urge anyone teaching the film "
                "to dwell on, is that the song was not in Vance's first cut at all; "
                "a different track, Dunleavy's &#8220;Orchard Wall,&#8221; occupied "
                "the final shot and was dropped after a preview screening in Porto, "
                "surviving only as a B-side, so that the film we now discuss is, in "
                "a quite literal sense, a film remade by its ending."
            ),
        ],
        video="yt:Qm3vT8sLx0a",
        film=("The Salt Orchard", 1983),
        tracks=[
            "Low Tide Letters",
        ],
        people=[
            ("Low Tide Letters", "Ines Carvalhal", "composer"),
            ("Low Tide Letters", "Maurice Dunleavy", "composer"),
            ("Low Tide Letters", "Odile Marchetti", "performer"),
        ],
        albums=[
            "Music from The Salt Orchard",
        ],
        peaks=[
            ("Music from The Salt Orchard", 19, "germany_media_control"),
            ("Low Tide Letters", 28, "uk_singles"),
        ],
        certs=[
            ("Low Tide Letters", "silver", 1, "bpi"),
        ],
        places=[
            "Essaouira",
            "Tafraout",
        ],
        stood=[
            ("Essaouira", "an Algarve fishing village"),
        ],
    ),
    post(
        "neon-parish-pressings-i",
        "gutenberg",
        "Neon Parish OST: my copies, the pressings, and that gold sticker",
        [
            (
                "Originally posted this on the Vinyl Vault forum back in '09, "
                "tidied it up for the blog because people keep asking about it in "
                "the comments. Quick background if you've never seen it: <em>Neon "
                "Parish</em> is the 1987 night-city thriller with the priest who "
                "moonlights as a late-night radio DJ. Great film, better record."
            ),
            "H: The pressings",
            (
                "LIST: UK first press on Brightwater Records, cat. BWLP 44, black "
                "inner sleeve | US press on Halcyon Sound, gatefold, "
                "&#8216;includes the hit&#8217; sticker | Japanese press with obi "
                "and two bonus instrumentals | Canadian press, basically the US one "
                "with a different barcode"
            ),
            (
                "The album is just called <em>Neon Parish: Original Motion Picture "
                "Soundtrack</em>, no clever title, and the US copies have a gold "
                "foil hype sticker saying it went gold. That's legit btw, the RIAA "
                "certified it gold in early '88, I've seen the plaque photo. It "
                "never went platinum, no matter what that Discogs seller in Ohio "
                "tells you. Chart-wise the LP peaked at 31 on the Billboard 200. "
                "Not huge."
            ),
            (
                "The &#8216;hit&#8217; on the sticker is &#8220;Static on the "
                "Wire&#8221; by The Velvet Cartographers, written by their singer "
                "Dale Ostrowski and keyboard guy Femi Adeyemo. It got to #14 on the "
                "Hot 100 and did even better up north, #6 on the RPM chart. The "
                "other one people chase is &#8220;Confession Booth Blues,&#8221; "
                "the slow smoky thing in the confessional scene: Marla Quince "
                "singing another Ostrowski song. Only on the soundtrack, never a "
                "single."
            ),
            (
                "Somebody asked in the old thread where the radio-station scenes "
                "were done. Those were shot in the Bradbury Building in downtown "
                "LA, the atrium and the iron stairwells, which is funny because the "
                "film pretends to be Chicago the whole way through."
            ),
            (
                "Anyway. The Japanese press is the one to have for sound (cut "
                "louder, quieter surfaces) but if you see a US copy with the "
                "sticker intact for under $30, buy it. Don't ask me how I know."
            ),
        ],
        video="yt:nP_4kWz9RtE",
        film=("Neon Parish", 1987),
        tracks=[
            "Static on the Wire",
            "Confession Booth Blues",
        ],
        people=[
            ("Static on the Wire", "The Velvet Cartographers", "performer"),
            ("Static on the Wire", "Dale Ostrowski", "composer"),
            ("Static on the Wire", "Femi Adeyemo", "composer"),
            ("Confession Booth Blues", "Marla Quince", "performer"),
            ("Confession Booth Blues", "Dale Ostrowski", "composer"),
        ],
        albums=[
            "Neon Parish: Original Motion Picture Soundtrack",
        ],
        peaks=[
            ("Neon Parish: Original Motion Picture Soundtrack", 31, "billboard_200"),
            ("Static on the Wire", 14, "billboard_hot_100"),
            ("Static on the Wire", 6, "canada_rpm"),
        ],
        certs=[
            ("Neon Parish: Original Motion Picture Soundtrack", "gold", 1, "riaa"),
        ],
        places=[
            "Bradbury Building",
        ],
        stood=[
            ("Bradbury Building", "Chicago"),
        ],
    ),
    post(
        "ferrymans-quarter-fact-file-i",
        "ghost",
        "Fact File: Ferryman's Quarter (1979)",
        [
            "Short version, for people who want the facts and not my feelings.",
            (
                "LIST: Title: <em>Ferryman's Quarter</em> | Year: 1979 | Director: "
                "Selim Arkan | Set in: a nameless Levantine port, 1948 | Runtime: "
                "104 min"
            ),
            "H: Shot at",
            (
                "LIST: Karaköy waterfront, Istanbul (ferry scenes) | Galata Bridge "
                "(the chase, both decks) | Büyükada (the villa; the island plays "
                "Cyprus) | NOT Beirut, whatever the poster says"
            ),
            "H: Music",
            (
                "LIST: Theme: &#8220;Across the Golden Horn&#8221; &#8212; music by "
                "Levent Sarıgül, played by the Ankara Radio Strings | Song: "
                "&#8220;Bosphorus at Four A.M.&#8221; &#8212; words &amp; music "
                "Cora Lindqvist, who also sings it | Not in the film: "
                "&#8220;Harbour Waltz&#8221; (Sarıgül, written for a 1981 TV "
                "series)"
            ),
            "H: Charts &amp; sales",
            (
                "LIST: Lindqvist single: #3 Sweden (Kvällstoppen), #22 UK | "
                "Soundtrack LP (no title, Sonor Records): #40 UK Albums | Single: "
                "gold in Germany (BVMI) | The theme: no chart placing anywhere"
            ),
        ],
        video="vimeo:48213907",
        film=("Ferryman's Quarter", 1979),
        tracks=[
            "Across the Golden Horn",
            "Bosphorus at Four A.M.",
        ],
        people=[
            ("Across the Golden Horn", "Levent Sarıgül", "composer"),
            ("Across the Golden Horn", "Ankara Radio Strings", "performer"),
            ("Bosphorus at Four A.M.", "Cora Lindqvist", "composer"),
            ("Bosphorus at Four A.M.", "Cora Lindqvist", "performer"),
        ],
        albums=[
            "Ferryman's Quarter soundtrack",
        ],
        peaks=[
            ("Bosphorus at Four A.M.", 3, "other:Kvällstoppen"),
            ("Bosphorus at Four A.M.", 22, "uk_singles"),
            ("Ferryman's Quarter soundtrack", 40, "uk_albums"),
        ],
        certs=[
            ("Bosphorus at Four A.M.", "gold", 1, "bvmi"),
        ],
        places=[
            "Karaköy",
            "Galata Bridge",
            "Büyükada",
        ],
        stood=[
            ("Büyükada", "Cyprus"),
        ],
    ),
    post(
        "kite-season-oral-history-i",
        "blogger",
        "&#8216;Nobody Thought It Would Chart&#8217;: An Oral History of Kite Season",
        [
            (
                "I spent most of last winter tracking down people who worked on "
                "<em>Kite Season</em>, the 1986 coming-of-age film that everybody "
                "in my year at school saw at least twice. What follows is mostly "
                "their words, lightly trimmed."
            ),
            "H: The song",
            (
                "&#8216;We wrote it in a night,&#8217; says Priya Ramanathan, who "
                "co-wrote &#8220;Paper Sky&#8221; with her then-boyfriend, Tom "
                "Keswick. &#8216;Tom had the chords, I had a notebook full of bad "
                "poems. By four in the morning one of them wasn't bad any "
                "more.&#8217;"
            ),
            (
                "The recording went to Weatherboard, a Sydney pub band. &#8216;They "
                "sent us a cassette and said, can you make this sound like "
                "summer,&#8217; remembers Weatherboard's drummer, Gus Fahey. "
                "&#8216;So we played it too fast, which is the whole secret of that "
                "record.&#8217; The producer, Lorna Beck, is less romantic: "
                "&#8216;I sped the master up two per cent. Don't tell Gus.&#8217;"
            ),
            "H: The beach",
            (
                "&#8216;Everyone thinks it's Bondi,&#8217; says the location "
                "manager, Harriet Ng. &#8216;It's not. Bondi was too busy and the "
                "council hated us. The kite festival is Maroubra, the cliff-top "
                "stuff is the coastal walk above Clovelly, and Cronulla gave us the "
                "car-park fight. The airport goodbye at the end was the terminal at "
                "RAAF Base Williamtown, out past Newcastle, dressed up as Los "
                "Angeles International. We had one afternoon and the jets kept "
                "taking off.&#8217;"
            ),
            "H: The charts",
            (
                "&#8216;Nobody thought it would chart,&#8217; says Beck. It did. "
                "&#8220;Paper Sky&#8221; spent three weeks at number two on the "
                "Kent Music Report, kept off the top by a novelty record about a "
                "sheep, and ARIA eventually certified it double platinum; across "
                "the Tasman it reached number five on the New Zealand singles "
                "chart. &#8216;We got a plaque,&#8217; says Fahey. &#8216;My mum "
                "has it. I'm not allowed to visit it.&#8217; There was a soundtrack "
                "album too, though nobody I spoke to could remember what was on "
                "side two; it never had a title of its own and stalled at number 27 "
                "on the Kent albums chart."
            ),
        ],
        video="yt:K1teSe4s0n9",
        film=("Kite Season", 1986),
        tracks=[
            "Paper Sky",
        ],
        people=[
            ("Paper Sky", "Priya Ramanathan", "composer"),
            ("Paper Sky", "Tom Keswick", "composer"),
            ("Paper Sky", "Weatherboard", "performer"),
        ],
        albums=[
            "Kite Season soundtrack",
        ],
        peaks=[
            ("Paper Sky", 2, "australia_kent"),
            ("Paper Sky", 5, "other:New Zealand singles chart"),
            ("Kite Season soundtrack", 27, "australia_kent"),
        ],
        certs=[
            ("Paper Sky", "platinum", 2, "aria"),
        ],
        places=[
            "Maroubra",
            "Clovelly",
            "Cronulla",
            "RAAF Base Williamtown",
        ],
        stood=[
            ("RAAF Base Williamtown", "Los Angeles International"),
        ],
    ),
    post(
        "halfway-to-tangier-chart-runs-i",
        "medium",
        "Chart Run Chronicles: the Halfway to Tangier singles",
        [
            (
                "Twenty-odd years behind a radio desk teaches you that a soundtrack "
                "hit rarely has a tidy chart run. The songs from <em>Halfway to "
                "Tangier</em>, the 1985 smuggling caper, are the proof: one climbed "
                "like a rocket, one crawled, and one never charted at all, whatever "
                "the compilation sleeves say."
            ),
            (
                "Start with the rocket. &#8220;Kasbah Heartbeat&#8221; by Luna "
                "Ferreira entered the UK chart at 61, leapt to 19 the next week, "
                "and sat in fourth place for a fortnight in August. Across the "
                "Atlantic it took its time, eleven weeks on the Hot 100 before "
                "topping out at number 9, but on Billboard's Adult Contemporary "
                "list it went all the way to the summit. It was written, for the "
                "record, by Ferreira's producer Nigel Strand and the session "
                "guitarist Rafa Olmedo."
            ),
            (
                "The crawler was &#8220;Straits of Midnight,&#8221; the "
                "instrumental Olmedo wrote and then recorded under his own name. It "
                "spent months bubbling under in West Germany before finally "
                "settling at number 12 on the Media Control chart in early 1986, "
                "and a BVMI gold disc followed. It never troubled the British top "
                "40."
            ),
            (
                "And the one that never charted: &#8220;Ferry to Algeciras,&#8221; "
                "sung by The Dunmore Sisters over the opening credits. Compilation "
                "sleeves call it a &#8216;top 30 hit&#8217;. It wasn't, anywhere. I "
                "checked every chart book I own."
            ),
            "H: The album",
            (
                "The soundtrack album, <em>Halfway to Tangier: Songs and "
                "Score</em>, did solid business: number 14 on the UK Albums Chart, "
                "number 38 on the Billboard 200, and a gold certificate from the "
                "BPI. Ferreira's next single, &#8220;Rainy Season,&#8221; made "
                "number 7, but it isn't in the film, so it doesn't count here."
            ),
            (
                "A quick note for the location buffs who email me: the film's "
                "Tangier is mostly Tangier, the harbour chase was done across the "
                "water in Gibraltar, and the casino interior is the Casino de "
                "Monte-Carlo, playing a Tangier gambling den."
            ),
        ],
        video="yt:Hx2Tgr-85Aa",
        film=("Halfway to Tangier", 1985),
        tracks=[
            "Kasbah Heartbeat",
            "Straits of Midnight",
            "Ferry to Algeciras",
        ],
        people=[
            ("Kasbah Heartbeat", "Luna Ferreira", "performer"),
            ("Kasbah Heartbeat", "Nigel Strand", "composer"),
            ("Kasbah Heartbeat", "Rafa Olmedo", "composer"),
            ("Straits of Midnight", "Rafa Olmedo", "composer"),
            ("Straits of Midnight", "Rafa Olmedo", "performer"),
            ("Ferry to Algeciras", "The Dunmore Sisters", "performer"),
        ],
        albums=[
            "Halfway to Tangier: Songs and Score",
        ],
        peaks=[
            ("Kasbah Heartbeat", 4, "uk_singles"),
            ("Kasbah Heartbeat", 9, "billboard_hot_100"),
            ("Kasbah Heartbeat", 1, "billboard_adult_contemporary"),
            ("Straits of Midnight", 12, "germany_media_control"),
            ("Halfway to Tangier: Songs and Score", 14, "uk_albums"),
            ("Halfway to Tangier: Songs and Score", 38, "billboard_200"),
        ],
        certs=[
            ("Straits of Midnight", "gold", 1, "bvmi"),
            ("Halfway to Tangier: Songs and Score", "gold", 1, "bpi"),
        ],
        places=[
            "Tangier",
            "Gibraltar",
            "Casino de Monte-Carlo",
        ],
        stood=[
            ("Casino de Monte-Carlo", "a Tangier gambling den"),
        ],
    ),
    post(
        "long-glass-scouting-i",
        "squarespace",
        "Scouting Notes: Chasing The Long Glass from Hamburg to Iceland",
        [
            (
                "I scout locations for a living, which ruins films for me in a very "
                "particular way: I can't watch a street without wondering who paid "
                "for the parking. <em>The Long Glass</em> (1988) is one I've always "
                "wanted to retrace, because it cheats so beautifully."
            ),
            (
                "First stop, Hamburg's Speicherstadt, the red-brick warehouse "
                "district that spends the whole first act pretending to be "
                "Amsterdam. Stand on the Poggenmühlen-Brücke at dusk and you get "
                "the exact frame the film opens on, minus the bicycles, which the "
                "art department trucked in from Bremen."
            ),
            (
                "Then north. The glassworks the title comes from was never in "
                "Sweden, whatever the credits imply: it was a half-derelict factory "
                "at Nuutajärvi, in Finland, doubling for Småland, and it's now a "
                "craft village where a very patient woman sells paperweights. She "
                "remembered the crew. &#8216;They broke more than they "
                "bought,&#8217; she told me."
            ),
            (
                "The finale is the bit everybody asks about: the ice and the black "
                "church. The church is Búðakirkja, out on the Snæfellsnes "
                "peninsula, and the ice is the lagoon at Jökulsárlón, a good five "
                "hours' drive away, though the edit makes it feel like a short "
                "walk."
            ),
            "H: A word on the music",
            (
                "You can't scout to a song, but I tried. The piece over the lagoon "
                "sequence, &#8220;Thin Ice Hymn,&#8221; was composed by Halla "
                "Sigurðardóttir and performed by the Reykjavík group Fjara; it "
                "topped the Rás 2 chart in Iceland and, oddly, reached number 23 on "
                "the UK Singles Chart a year later after a building-society advert "
                "used it. The soundtrack album, which never got a proper title, is "
                "long out of print."
            ),
            (
                "If you go: winter light lasts about four hours and the lagoon car "
                "park fills up fast. Bring a flask. Bring two."
            ),
        ],
        video="vimeo:7730154",
        film=("The Long Glass", 1988),
        tracks=[
            "Thin Ice Hymn",
        ],
        people=[
            ("Thin Ice Hymn", "Halla Sigurðardóttir", "composer"),
            ("Thin Ice Hymn", "Fjara", "performer"),
        ],
        albums=[
            "The Long Glass soundtrack",
        ],
        peaks=[
            ("Thin Ice Hymn", 1, "other:Rás 2 chart"),
            ("Thin Ice Hymn", 23, "uk_singles"),
        ],
        places=[
            "Speicherstadt",
            "Poggenmühlen-Brücke",
            "Nuutajärvi",
            "Búðakirkja",
            "Jökulsárlón",
        ],
        stood=[
            ("Speicherstadt", "Amsterdam"),
            ("Nuutajärvi", "Småland"),
        ],
    ),
    post(
        "lanterns-on-the-weir-i",
        "substack",
        "About Lanterns on the Weir, a film I love since my childhood",
        [
            (
                "Since many years I want to write about this film, and now finally "
                "I make it. <em>Lanterns on the Weir</em> is from 1977, a quiet "
                "English-Dutch co-production, and in my country it was on the "
                "television every Christmas when I was small, so for me it smells "
                "of oliebollen."
            ),
            (
                "The story plays in a village in England, on a river, but please do "
                "not believe this. Almost everything is filmed in the Netherlands. "
                "The windmills in the night scene are the mills of Kinderdijk, and "
                "the small harbour where Agnes waits for the boat is Marken, which "
                "is acting as a Norfolk fishing village. For a Dutch person this is "
                "very funny to watch, we recognise every brick."
            ),
            (
                "Only the weir itself is really English: it is the weir at Iffley "
                "Lock, close to Oxford. They were there only two days, I have read "
                "this in an interview with the camera man."
            ),
            "H: The music, which is the reason of this post",
            (
                "The song at the end, when the lanterns go on the water, is called "
                "&#8220;Light Me Home&#8221;. It is written from Pieter Vos "
                "together with the English poet Margaret Hale, and it is sung from "
                "Annelies Brouwer with only a harmonium behind her. I cry every "
                "time, also now when I am forty-six."
            ),
            (
                "In Holland the single stood five weeks on number one in the "
                "Nationale Hitparade, and it received a platinum record from the "
                "NVPI. In England it came not higher than place 31. There exists "
                "also a cover from a German schlager singer which I will not name "
                "because it is terrible."
            ),
            (
                "Also there was a long-playing record with all the music of the "
                "film, <em>Lichtjes op de Stuw</em>. It was in the top ten in "
                "Holland but I could not find the exact place. If somebody knows "
                "it, please write me."
            ),
        ],
        video="yt:LwE7r_0ntFq",
        film=("Lanterns on the Weir", 1977),
        tracks=[
            "Light Me Home",
        ],
        people=[
            ("Light Me Home", "Pieter Vos", "composer"),
            ("Light Me Home", "Margaret Hale", "composer"),
            ("Light Me Home", "Annelies Brouwer", "performer"),
        ],
        albums=[
            "Lichtjes op de Stuw",
        ],
        peaks=[
            ("Light Me Home", 1, "other:Nationale Hitparade"),
            ("Light Me Home", 31, "uk_singles"),
        ],
        certs=[
            ("Light Me Home", "platinum", 1, "other"),
        ],
        places=[
            "Kinderdijk",
            "Marken",
            "Iffley Lock",
        ],
        stood=[
            ("Marken", "a Norfolk fishing village"),
        ],
    ),
    post(
        "rocket-summer-obsessed-i",
        "hugo",
        "OK SO I FINALLY WATCHED ROCKET SUMMER AND I HAVE THOUGHTS!!!",
        [
            (
                "ok so my dad has been telling me to watch <em>Rocket Summer</em> "
                "for literally YEARS (it came out in 1994, which is basically "
                "ancient history, sorry dad) and I finally did it on Saturday and I "
                "am OBSESSED."
            ),
            (
                "first of all THE SOUNDTRACK. the song when they launch the "
                "homemade rocket is &#8220;Count Me Down&#8221; by Juniper Lane and "
                "it is the best song ever written, I will not be taking questions. "
                "it was written by Kasey Morrow who was in the band AND by this guy "
                "Ray Delgado who did the film's score. i have it on repeat."
            ),
            (
                "my dad says it was number 3 in America (on the Hot 100!!!) and "
                "number 1 on the RPM chart in Canada and that it went platinum, and "
                "I looked it up and he's actually right for once: RIAA platinum, "
                "1995. ALSO the soundtrack CD, which is called <em>Rocket Summer: "
                "Music From The Motion Picture</em>, got to number 8 on the "
                "Billboard 200 and the RIAA made it double platinum, and when it "
                "came out on vinyl in 2019 it went to number 2 on Billboard's "
                "Soundtracks chart!!"
            ),
            (
                "second: the LOCATIONS. they filmed the launch scenes at Cocoa "
                "Beach in Florida, which is right next to where actual NASA rockets "
                "go up, and the desert bit that's supposed to be Mars (it's a dream "
                "sequence, no spoilers) is Vasquez Rocks in California!!! which is "
                "where like a million other things were filmed apparently."
            ),
            (
                "also there's a song by Static Bloom in the trailer that is NOT in "
                "the movie, which made me so mad, I waited the whole time for it!! "
                "it's called &#8220;Gravity Girl&#8221; and it's on their own "
                "album, not the soundtrack. betrayal."
            ),
            (
                "anyway 10/10, would launch again. my best friend Tasha is coming "
                "over Friday and we're watching it again and i'm making her listen "
                "to Count Me Down in the car first so she's emotionally prepared."
            ),
        ],
        video="yt:R0ck3tSumm3",
        film=("Rocket Summer", 1994),
        tracks=[
            "Count Me Down",
        ],
        people=[
            ("Count Me Down", "Juniper Lane", "performer"),
            ("Count Me Down", "Kasey Morrow", "composer"),
            ("Count Me Down", "Ray Delgado", "composer"),
        ],
        albums=[
            "Rocket Summer: Music From The Motion Picture",
        ],
        peaks=[
            ("Count Me Down", 3, "billboard_hot_100"),
            ("Count Me Down", 1, "canada_rpm"),
            ("Rocket Summer: Music From The Motion Picture", 8, "billboard_200"),
            (
                "Rocket Summer: Music From The Motion Picture",
                2,
                "billboard_soundtracks",
            ),
        ],
        certs=[
            ("Count Me Down", "platinum", 1, "riaa"),
            ("Rocket Summer: Music From The Motion Picture", "platinum", 2, "riaa"),
        ],
        places=[
            "Cocoa Beach",
            "Vasquez Rocks",
        ],
        stood=[
            ("Vasquez Rocks", "Mars"),
        ],
    ),
    post(
        "black-meridian-myths-i",
        "jekyll",
        "Black Meridian: Five Myths That Won't Die",
        [
            (
                "Every few years somebody rediscovers <em>Black Meridian</em>, the "
                "1982 Cold War thriller, and writes the same listicle full of "
                "things that aren't true. I've had enough. Here, with receipts, is "
                "what actually happened."
            ),
            "H: Myth one: it was shot in East Berlin",
            (
                "Contrary to what you read, it was not shot in Berlin at all, East "
                "or West. The checkpoint sequence was staged in Budapest's "
                "Józsefváros district, whose tenements played East Berlin, and the "
                "exchange of prisoners at the climax is on the Chain Bridge, which "
                "plays the Glienicke Bridge. Nobody on the crew went near the real "
                "one."
            ),
            "H: Myth two: Harlan Voss wrote the theme",
            (
                "He didn't. Voss scored the film, yes, but the theme song, "
                "&#8220;Meridian (No Way Back),&#8221; was written by Dorota "
                "Kwiatek and sung by the British singer Colin Ashby. Voss is "
                "credited on the single only as arranger. Read the label."
            ),
            "H: Myth three: it was a number one",
            (
                "Not here. &#8220;Meridian (No Way Back)&#8221; stopped at number "
                "two in the UK, behind a song I won't dignify by naming, and at "
                "number 11 on Billboard's Mainstream Rock chart. It was a number "
                "one in exactly one place, West Germany, on the Media Control "
                "chart, which may be where the confusion started. And the BPI "
                "certified it silver, not gold."
            ),
            "H: Myths four and five, quickly",
            (
                "The soundtrack album was never called <em>Cold Water</em>; that "
                "was a bootleg. The official LP, <em>Black Meridian: Original "
                "Score</em>, reached number 25 on the UK albums chart. And no, "
                "Kwiatek was not born in Budapest. She's from Gda&#324;sk, which is "
                "the kind of thing you'd think people could look up."
            ),
        ],
        video="yt:bLkMrd1an82",
        film=("Black Meridian", 1982),
        tracks=[
            "Meridian (No Way Back)",
        ],
        people=[
            ("Meridian (No Way Back)", "Dorota Kwiatek", "composer"),
            ("Meridian (No Way Back)", "Colin Ashby", "performer"),
        ],
        albums=[
            "Black Meridian: Original Score",
        ],
        peaks=[
            ("Meridian (No Way Back)", 2, "uk_singles"),
            ("Meridian (No Way Back)", 11, "billboard_mainstream_rock"),
            ("Meridian (No Way Back)", 1, "germany_media_control"),
            ("Black Meridian: Original Score", 25, "uk_albums"),
        ],
        certs=[
            ("Meridian (No Way Back)", "silver", 1, "bpi"),
        ],
        places=[
            "Józsefváros",
            "Chain Bridge",
        ],
        stood=[
            ("Józsefváros", "East Berlin"),
            ("Chain Bridge", "the Glienicke Bridge"),
        ],
    ),
    post(
        "velvet-detour-wedding-songs-i",
        "handmade",
        "Wedding DJ Diaries: why every couple wants the Velvet Detour songs",
        [
            (
                "I've done something like four hundred weddings, and one film's "
                "songs turn up on the pre-wedding questionnaire more than any "
                "other: <em>Velvet Detour</em>, from 1986. Half the couples weren't "
                "born when it came out. Doesn't matter."
            ),
            (
                "First dance, nine times out of ten: &#8220;Say It Slow,&#8221; the "
                "ballad Gina Carrow and Desmond Pike duet on while the leads dance "
                "in that empty hotel ballroom. Louis Ferrante wrote it. Tip: the "
                "single edit is 3:58, the film version runs long, and no couple "
                "wants to sway for five minutes in front of their grandparents."
            ),
            (
                "The song did even better than the film: four weeks at number one "
                "on Billboard's Adult Contemporary chart, number 12 on the Hot 100, "
                "an RIAA gold record, and platinum in Canada from the CRIA (today's "
                "Music Canada). Your aunties know every word."
            ),
            (
                "For the floor-filler later on, it's &#8220;Detour (Take the Long "
                "Way)&#8221; by The Hi-Fi Saints, which their guitarist Benny "
                "Oyelaran co-wrote with Ferrante. It went top five on the Hot 100, "
                "number 5 to be exact, and it's been top five on my dance floor for "
                "thirty years."
            ),
            (
                "What I won't play: the karaoke-contest cover of &#8220;Say It "
                "Slow&#8221; from 2004. And people keep asking for &#8220;Midnight "
                "at the Majestic,&#8221; thinking it's from the film. It isn't; "
                "it's from the TV movie that was meant to be a sequel, in 1989."
            ),
            (
                "The ballroom, by the way, is the real Crystal Ballroom in "
                "Portland, Oregon, playing a Miami Beach hotel. I've DJed a wedding "
                "there. Someone asked me to recreate the dance. I did not."
            ),
            (
                "The soundtrack LP, <em>Velvet Detour: Music for Dancing</em>, "
                "peaked at 17 on the Billboard 200 and is great vinyl for a "
                "cocktail hour."
            ),
        ],
        video="yt:VlvtDtr1986",
        film=("Velvet Detour", 1986),
        tracks=[
            "Say It Slow",
            "Detour (Take the Long Way)",
        ],
        people=[
            ("Say It Slow", "Gina Carrow", "performer"),
            ("Say It Slow", "Desmond Pike", "performer"),
            ("Say It Slow", "Louis Ferrante", "composer"),
            ("Detour (Take the Long Way)", "The Hi-Fi Saints", "performer"),
            ("Detour (Take the Long Way)", "Benny Oyelaran", "composer"),
            ("Detour (Take the Long Way)", "Louis Ferrante", "composer"),
        ],
        albums=[
            "Velvet Detour: Music for Dancing",
        ],
        peaks=[
            ("Say It Slow", 1, "billboard_adult_contemporary"),
            ("Say It Slow", 12, "billboard_hot_100"),
            ("Detour (Take the Long Way)", 5, "billboard_hot_100"),
            ("Velvet Detour: Music for Dancing", 17, "billboard_200"),
        ],
        certs=[
            ("Say It Slow", "gold", 1, "riaa"),
            ("Say It Slow", "platinum", 1, "music_canada"),
        ],
        places=[
            "Crystal Ballroom",
        ],
        stood=[
            ("Crystal Ballroom", "a Miami Beach hotel"),
        ],
    ),
    post(
        "tin-star-motel-quiz-answers-i",
        "wp_classic",
        "Friday Film Quiz: the answers (Tin Star Motel round)",
        [
            (
                "Thanks to everyone who had a go at last week's round on <em>Tin "
                "Star Motel</em> (1990). Forty-one of you entered and only two got "
                "all eight. Answers below, with a bit of extra detail, because "
                "several of you argued with me in the comments."
            ),
            (
                "LIST: Q1. Which New Mexico hotel played the Tin Star Motel? The El "
                "Rancho Hotel in Gallup. | Q2. Where was the opening drive filmed? "
                "Monument Valley, on the Arizona&#8211;Utah line. | Q3. Who sings "
                "the title song, &#8220;Tin Star Motel&#8221;? Rosa Delacroix. | "
                "Q4. Who wrote it? Trick question: Rosa Delacroix and her brother, "
                "Manny Delacroix, together."
            ),
            (
                "LIST: Q5. Highest UK chart position of the title song? Number 9. | "
                "Q6. And on Billboard's Hot Country Singles chart? Number 2. | Q7. "
                "Which British certification did the soundtrack album earn? Gold, "
                "from the BPI. | Q8. Which song plays over the diner fight? "
                "&#8220;Neon Coyote,&#8221; by Dust Devil Union."
            ),
            (
                "A few notes. On Q1, lots of you said the Blue Swallow in "
                "Tucumcari. Understandable, it looks the part, but it's only on the "
                "poster, not in the film. On Q2, several people said Moab; Moab is "
                "where the crew slept, not where they shot."
            ),
            (
                "On Q5, a couple of you put number 4, which was the peak of "
                "Delacroix's follow-up, &#8220;Highway Widow,&#8221; a song that "
                "isn't in the film. And on Q7 the album also went platinum in "
                "Canada (CRIA, now Music Canada), so I gave half a point to anyone "
                "who said platinum."
            ),
            "Next week: a round on 1970s disaster films. Bring a helmet.",
        ],
        video="yt:TnStrM0tel9",
        film=("Tin Star Motel", 1990),
        tracks=[
            "Tin Star Motel",
            "Neon Coyote",
        ],
        people=[
            ("Tin Star Motel", "Rosa Delacroix", "performer"),
            ("Tin Star Motel", "Rosa Delacroix", "composer"),
            ("Tin Star Motel", "Manny Delacroix", "composer"),
            ("Neon Coyote", "Dust Devil Union", "performer"),
        ],
        albums=[
            "Tin Star Motel soundtrack",
        ],
        peaks=[
            ("Tin Star Motel", 9, "uk_singles"),
            ("Tin Star Motel", 2, "other:Hot Country Singles"),
        ],
        certs=[
            ("Tin Star Motel soundtrack", "gold", 1, "bpi"),
            ("Tin Star Motel soundtrack", "platinum", 1, "music_canada"),
        ],
        places=[
            "El Rancho Hotel",
            "Monument Valley",
        ],
        stood=[
            ("El Rancho Hotel", "the Tin Star Motel"),
        ],
    ),
    post(
        "harbour-wake-thirty-years-i",
        "gutenberg",
        "Thirty years on, Cobh remembers the summer the film crews came",
        [
            (
                "When the trucks lined up on the quayside in Cobh in June 1991, "
                "some residents assumed the navy had come back. Instead it was the "
                "crew of <em>The Harbour Wake</em>, a romantic drama that opened "
                "the following year, in 1992, and for a while made the County Cork "
                "town famous on two continents."
            ),
            (
                "Thirty years on, the film is remembered locally less for its plot, "
                "in which a widowed American returns to the town her grandmother "
                "left, than for the weeks when the old White Star Line pier was "
                "dressed as a 1950s Boston dock and the Cathedral of St Colman was "
                "floodlit every night for the night shoots."
            ),
            (
                "&#8220;We'd never seen anything like it,&#8221; said Máire Horgan, "
                "71, who worked as an extra. &#8220;They paid us in cash and fed us "
                "like kings.&#8221;"
            ),
            (
                "The film's music proved more durable than its reviews. Its theme, "
                "&#8220;Queenstown Rain,&#8221; written by the Cork songwriter "
                "Declan Furey and recorded by the singer Niamh Callan, reached "
                "number three on the Irish Singles Chart and number 15 in Britain, "
                "and spent a surprising eight weeks on the Billboard adult "
                "contemporary chart in America, peaking at number 6."
            ),
            (
                "The soundtrack album, <em>The Harbour Wake: Music from the "
                "Film</em>, was certified platinum by IRMA in Ireland and gold by "
                "the BPI, figures its label still prints on reissues. Mr Furey, now "
                "68, lives in Kinsale and declined to be interviewed for this "
                "article, though he sent a note saying he still gets a cheque every "
                "Christmas."
            ),
            (
                "Not everything was filmed in Cobh. The storm sequence was shot off "
                "Roche's Point, and the interiors were built at Ardmore Studios in "
                "Bray, County Wicklow. But it is Cobh that people visit; the "
                "tourist office still gets two or three requests a month for the "
                "&#8216;Harbour Wake walk&#8217;."
            ),
            (
                "The town will mark the anniversary with an outdoor screening on "
                "the promenade next Saturday, weather permitting, which, in Cobh, "
                "means nobody is promising anything."
            ),
        ],
        video="vimeo:61029384",
        film=("The Harbour Wake", 1992),
        tracks=[
            "Queenstown Rain",
        ],
        people=[
            ("Queenstown Rain", "Declan Furey", "composer"),
            ("Queenstown Rain", "Niamh Callan", "performer"),
        ],
        albums=[
            "The Harbour Wake: Music from the Film",
        ],
        peaks=[
            ("Queenstown Rain", 3, "other:Irish Singles Chart"),
            ("Queenstown Rain", 15, "uk_singles"),
            ("Queenstown Rain", 6, "billboard_adult_contemporary"),
        ],
        certs=[
            ("The Harbour Wake: Music from the Film", "platinum", 1, "other"),
            ("The Harbour Wake: Music from the Film", "gold", 1, "bpi"),
        ],
        places=[
            "Cobh",
            "White Star Line pier",
            "Cathedral of St Colman",
            "Roche's Point",
            "Ardmore Studios",
        ],
        stood=[
            ("White Star Line pier", "a 1950s Boston dock"),
        ],
    ),
    post(
        "paper-crown-podcast-i",
        "ghost",
        "Episode 112: The Paper Crown (1981), with guest Dani Osei",
        [
            (
                "This week Rob and I are joined by composer and critic Dani Osei to "
                "talk about <em>The Paper Crown</em>, the 1981 palace-intrigue epic "
                "that somehow has a disco single on its soundtrack. Runtime 1h 14m. "
                "Spoilers throughout."
            ),
            "H: Timestamps",
            (
                "LIST: 00:00 Intros, and Rob's broken microphone | 06:40 Where it "
                "was shot: Valletta, Mdina and Fort St Elmo | 19:15 Mdina as "
                "&#8216;Jerusalem&#8217;, and why nobody noticed | 31:00 The score "
                "and the single | 48:30 Charts, plaques and one odd German "
                "certificate | 1:02:00 Listener mail"
            ),
            "H: Things we mentioned",
            (
                "LIST: &#8220;Crown of Ashes&#8221;, the main theme, composed by "
                "Anton Grech and played by the Malta Philharmonic Players | "
                "&#8220;Dance for the Usurper&#8221;, the disco single, written by "
                "Grech and Shirley Bamford, sung by Kiki Santos | Santos's "
                "follow-up &#8220;Palace Nights&#8221;, which is not in the film "
                "(Dani was adamant) | The soundtrack LP, <em>The Paper Crown: Score "
                "and Songs</em>, on Coronet Records"
            ),
            "H: Chart corner",
            (
                "LIST: &#8220;Dance for the Usurper&#8221;: #7 in West Germany "
                "(Media Control), #18 in Australia (Kent Music Report), #33 in the "
                "UK | Gold in France from SNEP, and platinum in West Germany from "
                "the BVMI, the &#8216;odd certificate&#8217; of 48:30 | The LP: #52 "
                "on the Billboard 200, nothing in the UK"
            ),
            (
                "Support the show, leave us a review, and if you own the Maltese "
                "pressing of the single, please write in. Rob wants a photo of the "
                "label."
            ),
        ],
        video="yt:PprCrwn-112",
        film=("The Paper Crown", 1981),
        tracks=[
            "Crown of Ashes",
            "Dance for the Usurper",
        ],
        people=[
            ("Crown of Ashes", "Anton Grech", "composer"),
            ("Crown of Ashes", "Malta Philharmonic Players", "performer"),
            ("Dance for the Usurper", "Anton Grech", "composer"),
            ("Dance for the Usurper", "Shirley Bamford", "composer"),
            ("Dance for the Usurper", "Kiki Santos", "performer"),
        ],
        albums=[
            "The Paper Crown: Score and Songs",
        ],
        peaks=[
            ("Dance for the Usurper", 7, "germany_media_control"),
            ("Dance for the Usurper", 18, "australia_kent"),
            ("Dance for the Usurper", 33, "uk_singles"),
            ("The Paper Crown: Score and Songs", 52, "billboard_200"),
        ],
        certs=[
            ("Dance for the Usurper", "gold", 1, "snep"),
            ("Dance for the Usurper", "platinum", 1, "bvmi"),
        ],
        places=[
            "Valletta",
            "Mdina",
            "Fort St Elmo",
        ],
        stood=[
            ("Mdina", "Jerusalem"),
        ],
    ),
    post(
        "overdrive-avenue-gear-i",
        "blogger",
        "Gear Talk: how the Overdrive Avenue riff was really recorded",
        [
            (
                "People message me about this riff more than anything else I've "
                "played on the channel. It's the hook of &#8220;Burn the "
                "Avenue,&#8221; the song that opens <em>Overdrive Avenue</em> "
                "(1984), and it's a lot simpler than you think."
            ),
            (
                "The track is by The Redline Choir, written by their guitarist Vic "
                "Santangelo with the bassist Lenny Oduya, and Santangelo told a "
                "guitar magazine in 1985 that the riff is a '72 Telecaster Deluxe "
                "into a cranked Marshall with the presence knob at zero. No pedals. "
                "The second guitar under the chorus was a session player whose name "
                "nobody seems to have kept."
            ),
            (
                "It was cut at a studio called Sound Foundry in Detroit, because "
                "the film's producer wanted a &#8216;real Detroit sound&#8217;, "
                "and, fun fact, that studio is a few blocks from where they shot "
                "the big drag race under the Ambassador Bridge. The rest of the "
                "street racing was filmed on Woodward Avenue after midnight, with "
                "the road closed for three nights."
            ),
            "H: Other gear notes, because you asked",
            (
                "LIST: Tuning: standard, except the whole band drifted a "
                "quarter-tone flat | Amp: 1976 Marshall JMP 50W, Greenback speakers "
                "| Slide solo: a beer bottle, not a real slide | The B-side, "
                "&#8220;Chrome and Ashes,&#8221; isn't in the film and used a "
                "completely different rig"
            ),
            (
                "Chart stuff for the nerds: &#8220;Burn the Avenue&#8221; topped "
                "Billboard's Mainstream Rock chart for three weeks and got to "
                "number 21 on the Hot 100. The soundtrack album, which had no title "
                "beyond the film's name, reached number 40 on the Billboard 200 in "
                "'84 and, after the 2014 vinyl reissue, number 4 on Billboard's "
                "Soundtracks chart. Along the way the RIAA certified it triple "
                "platinum."
            ),
            "I'll put a tab up next week. Tune your low E before you blame me.",
        ],
        video="yt:0vrdrv-Ave4",
        film=("Overdrive Avenue", 1984),
        tracks=[
            "Burn the Avenue",
        ],
        people=[
            ("Burn the Avenue", "The Redline Choir", "performer"),
            ("Burn the Avenue", "Vic Santangelo", "composer"),
            ("Burn the Avenue", "Lenny Oduya", "composer"),
        ],
        albums=[
            "Overdrive Avenue soundtrack",
        ],
        peaks=[
            ("Burn the Avenue", 1, "billboard_mainstream_rock"),
            ("Burn the Avenue", 21, "billboard_hot_100"),
            ("Overdrive Avenue soundtrack", 40, "billboard_200"),
            ("Overdrive Avenue soundtrack", 4, "billboard_soundtracks"),
        ],
        certs=[
            ("Overdrive Avenue soundtrack", "platinum", 3, "riaa"),
        ],
        places=[
            "Ambassador Bridge",
            "Woodward Avenue",
        ],
    ),
    post(
        "winter-ledger-programme-note-i",
        "medium",
        "Programme Note: Winter Ledger (1976), restored",
        [
            (
                "Saturday 14:00, Cinema 2. New 4K restoration from the original "
                "camera negative. Introduced by the film's editor, Sigrun Aas."
            ),
            (
                "Few films of the mid-seventies are as patient as <em>Winter "
                "Ledger</em>, and few reward patience so generously. Ostensibly the "
                "story of a bookkeeper auditing a failing fish plant in "
                "Newfoundland, it is really a film about the arithmetic of grief."
            ),
            (
                "Although set on Canada's Atlantic coast, the film was made almost "
                "entirely in Norway. The fishing village of Reine, in the Lofoten "
                "islands, plays a Newfoundland outport, the plant interiors were "
                "shot in a disused cannery in Stavanger, and the closing crossing "
                "was filmed aboard the old coastal steamer MS Lofoten on one of its "
                "winter runs."
            ),
            (
                "The music is spare: a single song, &#8220;Ledger of Snow,&#8221; "
                "heard twice, composed by Arvid Rønning and sung by the folk singer "
                "Kari Lunde, whose recording became an unlikely hit in the winter "
                "of 1976&#8211;77, climbing to second place on Norway's VG-lista "
                "and to number 38 in the UK."
            ),
            (
                "A soundtrack LP, <em>Winter Ledger: Songs and Silences</em>, "
                "followed in 1977 and was certified gold by IFPI Norway, the only "
                "certification, as far as we can tell, ever given to a film score "
                "of such determined quietness."
            ),
            (
                "The director, Elias Brandt, born in Hamburg and trained in "
                "&#321;ód&#378;, made only three features. This is the best of "
                "them. 121 minutes. In English and Norwegian with English "
                "subtitles."
            ),
        ],
        video="vimeo:30011976",
        film=("Winter Ledger", 1976),
        tracks=[
            "Ledger of Snow",
        ],
        people=[
            ("Ledger of Snow", "Arvid Rønning", "composer"),
            ("Ledger of Snow", "Kari Lunde", "performer"),
        ],
        albums=[
            "Winter Ledger: Songs and Silences",
        ],
        peaks=[
            ("Ledger of Snow", 2, "other:VG-lista"),
            ("Ledger of Snow", 38, "uk_singles"),
        ],
        certs=[
            ("Winter Ledger: Songs and Silences", "gold", 1, "ifpi"),
        ],
        places=[
            "Reine",
            "Stavanger",
            "MS Lofoten",
        ],
        stood=[
            ("Reine", "a Newfoundland outport"),
        ],
    ),
    post(
        "static-hearts-where-now-i",
        "squarespace",
        "Where Are They Now? The Pale Signals, the band from Static Hearts",
        [
            (
                "If you were fifteen in 1989 you had a poster of The Pale Signals "
                "on your wall, and you had seen <em>Static Hearts</em>, the teen "
                "drama whose rooftop gig made them, briefly, the biggest new band "
                "in the world. Thirty-odd years later, here's what became of all "
                "four of them."
            ),
            (
                "First, a refresher. The band's big song in the film, &#8220;Radio "
                "Silence Forever,&#8221; was written by singer Jonny Calloway and "
                "guitarist Sam Mireles. It went to number one in Canada on the RPM "
                "100, number four on the Billboard Hot 100 and number 8 in the UK, "
                "and the RIAA certified it platinum. Their other song in the film, "
                "&#8220;Undertow,&#8221; plays in the record-shop scene; it never "
                "charted."
            ),
            (
                "That rooftop gig wasn't New York, where the film is set: it was "
                "shot on a car-park roof in Toronto's Kensington Market, which "
                "played the Lower East Side. The prom was filmed at Casa Loma."
            ),
            "H: Jonny Calloway (vocals)",
            (
                "Jonny left the band in 1993, moved to Lisbon, and now runs a small "
                "vineyard and a smaller podcast. He still plays &#8220;Radio "
                "Silence Forever&#8221;, &#8216;but only at weddings where I'm a "
                "guest,&#8217; he told us."
            ),
            "H: Sam, Tess and Ollie",
            (
                "Sam Mireles produces records in Austin and co-wrote a couple of "
                "country hits you've probably heard in a supermarket. Bassist Tess "
                "Abara is a paediatric surgeon in Leeds. Drummer Ollie Brandt "
                "toured with the reunion line-up in 2015 and now teaches drums in "
                "his hometown of Hamilton, Ontario."
            ),
            (
                "The soundtrack album, <em>Static Hearts: Songs from the Film</em>, "
                "peaked at number 12 on the Billboard 200 and was certified double "
                "platinum by Music Canada. A reunion? &#8216;Never say "
                "never,&#8217; says Sam. &#8216;But say it quite loudly.&#8217;"
            ),
        ],
        video="yt:St4t1cH3rts",
        film=("Static Hearts", 1989),
        tracks=[
            "Radio Silence Forever",
            "Undertow",
        ],
        people=[
            ("Radio Silence Forever", "The Pale Signals", "performer"),
            ("Radio Silence Forever", "Jonny Calloway", "composer"),
            ("Radio Silence Forever", "Sam Mireles", "composer"),
            ("Undertow", "The Pale Signals", "performer"),
        ],
        albums=[
            "Static Hearts: Songs from the Film",
        ],
        peaks=[
            ("Radio Silence Forever", 1, "canada_rpm"),
            ("Radio Silence Forever", 4, "billboard_hot_100"),
            ("Radio Silence Forever", 8, "uk_singles"),
            ("Static Hearts: Songs from the Film", 12, "billboard_200"),
        ],
        certs=[
            ("Radio Silence Forever", "platinum", 1, "riaa"),
            ("Static Hearts: Songs from the Film", "platinum", 2, "music_canada"),
        ],
        places=[
            "Kensington Market",
            "Casa Loma",
        ],
        stood=[
            ("Kensington Market", "the Lower East Side"),
        ],
    ),
    post(
        "cormorant-line-trail-i",
        "substack",
        (
            "On the trail of The Cormorant Line: three days on Skye and the "
            "West Highland line"
        ),
        [
            (
                "I've wanted to do this trip since lockdown, when I watched <em>The "
                "Cormorant Line</em> (1980) on a loop and promised myself I'd stand "
                "where Isla stands at the end. This month, I finally did."
            ),
            (
                "Day one was the railway. The film's big set piece, the train "
                "crossing the viaduct in the rain, is the Glenfinnan Viaduct, which "
                "in the film plays a Swiss mountain railway (don't ask, the plot is "
                "bonkers). I took the steam train from Fort William and, yes, I "
                "cried a bit going over it."
            ),
            (
                "Day two: Skye. The lighthouse where the keeper lives is Neist "
                "Point, at the far western tip of the island, and the harbour "
                "scenes were filmed in Portree; the houses really are that pink. I "
                "ate fish and chips on the pier where they shot the argument."
            ),
            (
                "Day three was a pilgrimage of a different kind. The song from the "
                "lighthouse scene, &#8220;Keeper of the Light,&#8221; was recorded "
                "by the Edinburgh folk-rock band Tiree Crossing, and the woman who "
                "wrote it, Morag Lennox, lives, I'm told, somewhere near Elgol. I "
                "didn't knock on any doors. I did play it on my headphones at the "
                "top of the Quiraing, which felt like enough."
            ),
            (
                "Music facts for the pub-quiz crowd: &#8220;Keeper of the "
                "Light&#8221; made number 10 on the UK Singles Chart and number 26 "
                "in Australia on the Kent Music Report, and its parent album, "
                "<em>The Cormorant Line: Original Soundtrack</em>, picked up a BPI "
                "silver disc."
            ),
            (
                "Practical stuff: book the steam train months ahead, hire a car on "
                "Skye, and don't try to drive out to Neist Point at sunset in "
                "August unless you enjoy reversing."
            ),
        ],
        video="yt:CrmrntL1n3x",
        film=("The Cormorant Line", 1980),
        tracks=[
            "Keeper of the Light",
        ],
        people=[
            ("Keeper of the Light", "Tiree Crossing", "performer"),
            ("Keeper of the Light", "Morag Lennox", "composer"),
        ],
        albums=[
            "The Cormorant Line: Original Soundtrack",
        ],
        peaks=[
            ("Keeper of the Light", 10, "uk_singles"),
            ("Keeper of the Light", 26, "australia_kent"),
        ],
        certs=[
            ("The Cormorant Line: Original Soundtrack", "silver", 1, "bpi"),
        ],
        places=[
            "Glenfinnan Viaduct",
            "Neist Point",
            "Portree",
        ],
        stood=[
            ("Glenfinnan Viaduct", "a Swiss mountain railway"),
        ],
    ),
    post(
        "midnight-ferris-liner-notes-i",
        "hugo",
        "Liner Notes: Midnight Ferris, The Complete Soundtrack",
        [
            (
                "There is a moment, about two-thirds of the way through "
                "<em>Midnight Ferris</em> (1978), when the great wheel stops at the "
                "top and the whole city seems to hold its breath. It is the film's "
                "most famous image, and it belongs, in a sense, to the music: to "
                "the slow, turning waltz that Wendell Marsh wrote for it in a "
                "single weekend."
            ),
            (
                "The wheel, of course, is the Riesenrad in Vienna's Prater, which "
                "plays the big wheel of an unnamed American city and is never quite "
                "admitted to. Marsh visited the set once, sat in a gondola for an "
                "hour, and went home to write &#8220;Ferris Waltz (Top of the "
                "World),&#8221; which the Danube Chamber Ensemble recorded in three "
                "takes."
            ),
            (
                "The rest of the city is stitched together from elsewhere. The "
                "ballroom scenes were shot aboard the Queen Mary, moored at Long "
                "Beach, which plays a transatlantic liner; the pier is Santa Monica "
                "Pier; and the night market is Vienna again, the Naschmarkt, hung "
                "with American signs."
            ),
            (
                "The songs came from two directions. &#8220;Carousel Eyes,&#8221; "
                "the ballad over the pier sequence, is by Della Moreau, who wrote "
                "it with her husband, the pianist Jules Carrington; it reached "
                "number six on the Billboard Hot 100 and number 2 on the Adult "
                "Contemporary chart, and the RIAA certified it gold that autumn. "
                "The other, &#8220;Queen of the Midway,&#8221; heard over the "
                "fairground brawl, is a swaggering rock number by Brass Lantern, "
                "written by the band's drummer, Phil Okafor."
            ),
            (
                "The original double album, <em>Midnight Ferris: Music from the "
                "Motion Picture</em>, spent 30 weeks on the Billboard 200, peaking "
                "at number 11, and reached number three on Canada's RPM albums "
                "chart. It went platinum with the RIAA and, unexpectedly, gold with "
                "SNEP in France."
            ),
            (
                "This edition, <em>Midnight Ferris: The Complete Soundtrack</em>, "
                "restores eleven minutes of Marsh's score that were left off in "
                "1978, including the cue for the wheel's breakdown. It does not "
                "include the disco remix of &#8220;Carousel Eyes&#8221; that "
                "circulated in 1979; Moreau, by all accounts, hated it."
            ),
        ],
        video="yt:MdntFrr_s78",
        film=("Midnight Ferris", 1978),
        tracks=[
            "Ferris Waltz (Top of the World)",
            "Carousel Eyes",
            "Queen of the Midway",
        ],
        people=[
            ("Ferris Waltz (Top of the World)", "Wendell Marsh", "composer"),
            ("Ferris Waltz (Top of the World)", "Danube Chamber Ensemble", "performer"),
            ("Carousel Eyes", "Della Moreau", "performer"),
            ("Carousel Eyes", "Della Moreau", "composer"),
            ("Carousel Eyes", "Jules Carrington", "composer"),
            ("Queen of the Midway", "Brass Lantern", "performer"),
            ("Queen of the Midway", "Phil Okafor", "composer"),
        ],
        albums=[
            "Midnight Ferris: Music from the Motion Picture",
            "Midnight Ferris: The Complete Soundtrack",
        ],
        peaks=[
            ("Carousel Eyes", 6, "billboard_hot_100"),
            ("Carousel Eyes", 2, "billboard_adult_contemporary"),
            ("Midnight Ferris: Music from the Motion Picture", 11, "billboard_200"),
            ("Midnight Ferris: Music from the Motion Picture", 3, "canada_rpm"),
        ],
        certs=[
            ("Carousel Eyes", "gold", 1, "riaa"),
            ("Midnight Ferris: Music from the Motion Picture", "platinum", 1, "riaa"),
            ("Midnight Ferris: Music from the Motion Picture", "gold", 1, "snep"),
        ],
        places=[
            "Riesenrad",
            "Queen Mary",
            "Santa Monica Pier",
            "Naschmarkt",
        ],
        stood=[
            ("Riesenrad", "the big wheel of an unnamed American city"),
            ("Queen Mary", "a transatlantic liner"),
        ],
    ),
    post(
        "dust-choir-mailbag-i",
        "jekyll",
        "Reader Mailbag: &#8216;Was Dust Choir really filmed in Nevada?&#8217;",
        [
            (
                "Kenji, who lives in Osaka, writes: &#8220;I just watched <em>Dust "
                "Choir</em> (1993) and the ghost town looks exactly like Nevada. My "
                "friend says it's Australia. Who wins the bet?&#8221;"
            ),
            (
                "Sorry, Kenji: your friend wins. The ghost town is Silverton, just "
                "outside Broken Hill in New South Wales, and it stands in for a "
                "Nevada mining camp for the whole second half. The underground "
                "church where the choir sings is in Coober Pedy, in South "
                "Australia, one of the dugout churches the opal town is known for."
            ),
            (
                "There is a little of the real American West in there. The opening "
                "aerial shots are the Bonneville Salt Flats in Utah, filmed by a "
                "second unit, and that's probably what fooled you."
            ),
            (
                "Since you asked about the music in your P.S.: yes, the choir piece "
                "is real, sort of. &#8220;Hymn for Empty Towns&#8221; was composed "
                "for the film by Wirra Jackson and sung by the Broken Hill Miners' "
                "Choir, a group put together for the shoot and never heard from "
                "again. The end-credits song, &#8220;Red Dirt Halo,&#8221; is by "
                "the Adelaide band The Saltbush Kings and was written by their "
                "singer, Carla Venn."
            ),
            (
                "&#8220;Red Dirt Halo&#8221; was a proper hit at home, peaking at "
                "number four on the ARIA Singles Chart and going platinum with "
                "ARIA, and it crept to number 41 in the UK. The soundtrack album, "
                "which never had a proper title, got an ARIA gold certification "
                "too."
            ),
            "Thanks for writing in, Kenji. Tell your friend the drinks are on you.",
        ],
        video="yt:DstCh0ir-93",
        film=("Dust Choir", 1993),
        tracks=[
            "Hymn for Empty Towns",
            "Red Dirt Halo",
        ],
        people=[
            ("Hymn for Empty Towns", "Wirra Jackson", "composer"),
            ("Hymn for Empty Towns", "Broken Hill Miners' Choir", "performer"),
            ("Red Dirt Halo", "The Saltbush Kings", "performer"),
            ("Red Dirt Halo", "Carla Venn", "composer"),
        ],
        albums=[
            "Dust Choir soundtrack",
        ],
        peaks=[
            ("Red Dirt Halo", 4, "other:ARIA Singles Chart"),
            ("Red Dirt Halo", 41, "uk_singles"),
        ],
        certs=[
            ("Red Dirt Halo", "platinum", 1, "aria"),
            ("Dust Choir soundtrack", "gold", 1, "aria"),
        ],
        places=[
            "Silverton",
            "Coober Pedy",
            "Bonneville Salt Flats",
        ],
        stood=[
            ("Silverton", "a Nevada mining camp"),
        ],
    ),
    post(
        "summer-of-gannets-diary-i",
        "handmade",
        "Rewatch diary: Summer of the Gannets, over four evenings",
        [
            (
                "<strong>Monday.</strong> Started <em>Summer of the Gannets</em> "
                "again (1995; I first saw it at the Odeon in Edinburgh when I was "
                "nineteen). Got forty minutes in. The boat trip out to the Bass "
                "Rock still makes me feel seasick. Apparently the cast were, too."
            ),
            (
                "<strong>Tuesday.</strong> The air-show scene. Looked it up "
                "afterwards: it was filmed at RAF Leuchars in Fife, which in the "
                "film is supposed to be a US base in Germany, hence all the flags. "
                "And North Berwick harbour plays the Cornish village where the "
                "family stays. Nobody was fooled by the accents."
            ),
            (
                "<strong>Wednesday.</strong> Music night. The song over the "
                "cliff-top montage, &#8220;Wings Over Tantallon,&#8221; is by "
                "Harbourmaster, but I'd forgotten the band didn't write it: Fiona "
                "Drummond and Ewan Pascoe did. Despite the title, the montage isn't "
                "Tantallon at all; it's St Abb's Head. Number 6 on the UK singles "
                "chart that August, number 19 on the Irish Singles Chart, a BPI "
                "silver disc. I had the cassingle. I wore it out."
            ),
            (
                "Also: the soundtrack CD, <em>Gannets: Songs from the Summer</em>, "
                "got to number 9 on the UK Compilations Chart. And &#8220;Low Sun "
                "Over Leith,&#8221; which I'd always filed under this film, isn't "
                "in it. It's on Harbourmaster's next album, which explains the "
                "muddle."
            ),
            (
                "<strong>Thursday.</strong> Finished it. Still the best ending of "
                "any film about a family holiday. Going to bed."
            ),
        ],
        video="vimeo:90412233",
        film=("Summer of the Gannets", 1995),
        tracks=[
            "Wings Over Tantallon",
        ],
        people=[
            ("Wings Over Tantallon", "Harbourmaster", "performer"),
            ("Wings Over Tantallon", "Fiona Drummond", "composer"),
            ("Wings Over Tantallon", "Ewan Pascoe", "composer"),
        ],
        albums=[
            "Gannets: Songs from the Summer",
        ],
        peaks=[
            ("Wings Over Tantallon", 6, "uk_singles"),
            ("Wings Over Tantallon", 19, "other:Irish Singles Chart"),
            ("Gannets: Songs from the Summer", 9, "other:UK Compilations Chart"),
        ],
        certs=[
            ("Wings Over Tantallon", "silver", 1, "bpi"),
        ],
        places=[
            "Bass Rock",
            "RAF Leuchars",
            "North Berwick",
            "St Abb's Head",
        ],
        stood=[
            ("RAF Leuchars", "a US base in Germany"),
            ("North Berwick", "the Cornish village where the family stays"),
        ],
    ),
]
