"""Round 25, set AU: twenty posts by a forty-eighth writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    # 1. Wire-service news item (US house style).
    post(
        "salt-road-trucker-ballad-back-on-hot-hundred-au",
        "wp_classic",
        "Trucker ballad from 1978's 'Salt Road' back on Hot 100 after clip goes viral",
        [
            "By DALE HUTCHENS, Continental Press Music Writer",
            "NASHVILLE, Tenn. (CP) &#8212; A country-rock song that played over a desert driving"
            ' montage in the 1978 trucking picture "Salt Road" has returned to the Billboard Hot'
            " 100 for the first time in 46 years, after a clip of the sequence was shared millions"
            " of times on social media, the chart's publisher said Tuesday.",
            '"Mile Marker Blues," recorded by the Texas band the Dry Counties, peaked at No. 14 on'
            " the Hot 100 in October 1978 and climbed as high as No. 3 on Billboard's Hot Country"
            " Singles chart. Its return makes it one of the oldest recordings to re-enter the"
            " all-genre tally since streams began to be counted.",
            "The song was written by Orrin Tabb, the band's bass player from 1971 until the group"
            " split in 1983. Tabb, 79, who farms cotton outside Lubbock, said he learned of the"
            " revival from his granddaughter.",
            "\"She calls me up and says, 'Grandpa, you're trending,'\" Tabb said in a telephone"
            " interview Monday. \"I told her I'd been trending downhill since the Carter"
            ' administration."',
            "The three-minute clip shows the film's star, Dana Coyle, hauling a load of feed across"
            " a shimmering two-lane highway as the song plays, intercut with shots of a state"
            " trooper eating pie at a roadside counter. According to production notes held at the"
            " Margaret Herrick Library in Beverly Hills, the sequence was filmed in and around Ely,"
            " Nevada, which doubled for western Oklahoma, with its closing shots made on the"
            " Bonneville Salt Flats in Utah.",
            'The film\'s end credits roll over a second Dry Counties number, "Cattle Guard Waltz,"'
            " also credited to Tabb.",
            '"Salt Road," directed by Walt Henning for the now-defunct Meridian Pictures, was a'
            " modest box-office performer that found a second audience on cable television in the"
            " 1980s. Its soundtrack album, released on the Drover label, was certified gold by the"
            " Recording Industry Association of America in March 1979.",
            "Henning died in 2009. Coyle, 74, who was born in Tulsa, Oklahoma, did not respond to a"
            " request for comment made through her agent.",
            "Most of the new streams have come from listeners under 25, Billboard said. The band's"
            ' three surviving members have discussed a reunion show, Tabb said, "if we can all'
            ' still stand up for an hour and a half."',
            "<em>(Reporting by Dale Hutchens; editing by Marisa Doyle)</em>",
        ],
        video="yt:Qm7vR2kLx9A",
        film=("Salt Road", 1978),
        tracks=["Mile Marker Blues", "Cattle Guard Waltz"],
        people=[
            ("Mile Marker Blues", "the Dry Counties", "performer"),
            ("Mile Marker Blues", "Orrin Tabb", "composer"),
            ("Cattle Guard Waltz", "the Dry Counties", "performer"),
            ("Cattle Guard Waltz", "Orrin Tabb", "composer"),
        ],
        albums=["Salt Road soundtrack"],
        peaks=[
            ("Mile Marker Blues", 14, "billboard_hot_100"),
            ("Mile Marker Blues", 3, "other:Hot Country Singles"),
        ],
        certs=[("Salt Road soundtrack", "gold", 1, "riaa")],
        places=["Ely", "Bonneville Salt Flats"],
        stood=[("Ely", "western Oklahoma")],
    ),
    # 2. Trade paper's film review with a tech-credits paragraph (British trade press).
    post(
        "velvet-undertow-karlovy-vary-review-au",
        "gutenberg",
        "Velvet Undertow: Karlovy Vary review",
        [
            "<strong>Nino Beridze's second feature dresses Georgia up as Paris, and mostly gets"
            " away with it</strong>",
            "Dir/scr: Nino Beridze. Georgia/France. 2013. 112 mins",
            "A backstage melodrama about rivalry in a Paris ballet company, made almost entirely in"
            " Georgia on a budget that would not cover the catering on a Hollywood dance picture,"
            " Velvet Undertow is handsome, heated and about twenty minutes too long. Arthouse"
            " buyers with a soft spot for bruised feet will find plenty to like; those hoping for"
            " something fresher than the old understudy-versus-star routine may feel they have"
            " been here before.",
            "Ana Kipiani, a real-life soloist making her screen debut, plays Lika, a dancer who"
            " arrives in France with one good pair of shoes and a grudge against the company's"
            " prima ballerina (H&#233;l&#232;ne Marchetti, all cheekbones and menace). What follows"
            " is predictable, but Kipiani's physicality carries it a long way.",
            "The picture's calling card is a seven-minute rehearsal montage in which Lika works"
            " alone through a single night. Beridze cuts it to 'Glass Knees', an original song"
            " performed with brittle, close-miked fragility by French singer Mireille Aubin, who"
            " co-wrote it with the film's composer, Tomasz Wrona. It is the sequence everyone on"
            " the festival circuit will be talking about, and rightly: the song arrives exactly"
            " when the story needs it, and leaves before it outstays its welcome.",
            "Less happy is a late nightclub scene built around 'Ostatni Tramwaj', a jaunty"
            " needle-drop from Warsaw indie outfit Kalina Lot that feels lifted from another,"
            " breezier film. Production notes reveal Beridze had earmarked a second Aubin number,"
            " 'Les Os de Verre', for the spot; it might have served her better.",
            "Tech credits are uniformly strong. Giorgi Lomidze's lensing makes a persuasive Paris"
            " out of Tbilisi &#8212; the gilded auditorium of the Rustaveli Theatre stands in for"
            " the Palais Garnier, and only a pedant would spot the joins &#8212; while the seaside"
            " coda, a welcome gulp of air after two hours indoors, was shot in Batumi, and a"
            " handful of establishing shots were grabbed on the Pont Alexandre III itself. Wrona's"
            " string-heavy score occasionally over-eggs the pudding, though Keti Abashidze's"
            " editing, especially across the montage, is exemplary, and the costumes look far"
            " pricier than they can possibly have been.",
            "LIST: Production companies: Mtkvari Films, Bleu Nuit Productions"
            " | International sales: Arcadia Lane"
            " | Producers: Levan Tsereteli, Sophie Dumont"
            " | Cinematography: Giorgi Lomidze"
            " | Editor: Keti Abashidze"
            " | Music: Tomasz Wrona"
            " | Main cast: Ana Kipiani, H&#233;l&#232;ne Marchetti, Lasha Gogua",
        ],
        video="vimeo:482910375",
        film=("Velvet Undertow", 2013),
        tracks=["Glass Knees", "Ostatni Tramwaj"],
        people=[
            ("Glass Knees", "Mireille Aubin", "performer"),
            ("Glass Knees", "Mireille Aubin", "composer"),
            ("Glass Knees", "Tomasz Wrona", "composer"),
            ("Ostatni Tramwaj", "Kalina Lot", "performer"),
        ],
        places=["Rustaveli Theatre", "Batumi", "Pont Alexandre III"],
        stood=[("Rustaveli Theatre", "the Palais Garnier")],
    ),
    # 3. Weekly chart column, "this week's movers" (British).
    post(
        "chart-movers-carry-me-home-caroline-au",
        "ghost",
        "This week's movers: a 30-year-old pit-village anthem marches into the Top 10",
        [
            "<em>Alan Jarrow's weekly trawl through the Official Charts. This week: brass,"
            " nostalgia and a very patient BPI.</em>",
            "H: Biggest climber",
            "Nobody had 'colliery band record cracks the Top 10' on their bingo card, but here we"
            " are. 'Carry Me Home, Caroline' by the Halloran Sisters vaults 19-7 on the Official"
            " Singles Chart, its best placing ever, thirty years after it first accompanied the"
            " bandsmen-on-parade montage in the 1994 film Northern Softly.",
            "First time round the single barely troubled the compilers, slipping into the lower"
            " reaches of the Top 75 for a fortnight before vanishing. What changed? A 40-second clip"
            " of the film's big set piece &#8212; flat caps, polished cornets, terraced streets"
            " &#8212; posted by a drama student in Leeds and watched, at the last count, 11 million"
            " times. Eagle-eyed commenters have since worked out that the street is in Easington"
            " Colliery, which played Thornby, the film's fictional Durham pit village.",
            "The song's writer is Pete Garside, a former face-worker who played second cornet in"
            " the band heard on the recording. He tells me, by email, that he is 'flabbergasted,"
            " and a bit skint, so this is welcome.' The vocals are by the three Seaham-born"
            " Halloran siblings, who haven't sung together on record since 1997.",
            "It's also a silver disc as of Friday: the BPI confirms the 200,000-unit line has"
            " finally been crossed.",
            "H: North of the border, and across the water",
            "Scotland has taken to it more warmly still. The track reaches No. 2 on the Official"
            " Scottish Singles Chart, held off the summit only by a certain pop juggernaut you'll"
            " have heard of. On the Irish Singles Chart it's a more modest affair: up to a new high"
            " of 12.",
            "H: Albums",
            "The soundtrack, Northern Softly: Music from the Film &#8212; unavailable on CD for most"
            " of this century &#8212; climbs to 31 on the Official Albums Chart, a new peak."
            " Streams of 'Gala Day', the stately brass piece that closes the film and is credited"
            " to Garside alone, are doing a fair share of the lifting.",
            "H: Down",
            "Elsewhere the Top 10 is glued in place, and last week's highest new entry tumbles 23"
            " places. Such is life. Back next Friday, when I fully expect to be writing about"
            " bagpipes.",
        ],
        video="yt:b3Nw_Zt8pQe",
        film=("Northern Softly", 1994),
        tracks=["Carry Me Home, Caroline", "Gala Day"],
        people=[
            ("Carry Me Home, Caroline", "the Halloran Sisters", "performer"),
            ("Carry Me Home, Caroline", "Pete Garside", "composer"),
            ("Gala Day", "Pete Garside", "composer"),
        ],
        albums=["Northern Softly: Music from the Film"],
        peaks=[
            ("Carry Me Home, Caroline", 7, "uk_singles"),
            ("Carry Me Home, Caroline", 2, "other:Official Scottish Singles Chart"),
            ("Carry Me Home, Caroline", 12, "other:Irish Singles Chart"),
            ("Northern Softly: Music from the Film", 31, "uk_albums"),
        ],
        certs=[("Carry Me Home, Caroline", "silver", 1, "bpi")],
        places=["Easington Colliery"],
        stood=[("Easington Colliery", "Thornby")],
    ),
    # 4. Local paper's story about the town where it was shot (New Zealand).
    post(
        "waitaki-recalls-the-wool-year-au",
        "blogger",
        "Waitaki recalls the summer the film crew came shearing",
        [
            "<em>By Fiona McRae</em>",
            "Bev Kingan was sixteen and working the till at her father's general store when a man"
            " in a safari suit walked in and asked whether she knew anyone who could shear 200"
            ' sheep a day "and look good doing it".',
            '"I said, \'Half the district, mate,\'" she recalls. "He didn\'t believe me."',
            "That was the summer of 1982, when the crew of The Wool Year, a New Zealand-American"
            " co-production, spent seven weeks in the Waitaki. The film came out the following"
            " year and, by most accounts, sank without trace in the United States. Here, it has"
            " never quite gone away.",
            "The scene people remember is the shearing montage: a gang of eight working the board"
            " in a woolshed just outside Duntroon, intercut with shots of the river and of a young"
            " rousie (Kiri Manahi) racing to keep up. Over it plays 'Blade and Fleece', sung by Ray"
            " Tipene and the Kahu Brothers.",
            "The song was written by Hemi Walker, a shearer from Kurow who had been playing it at"
            " woolshed dances for years. Mr Walker, now 81, said the producers paid him $400 for"
            ' the rights. "I thought I\'d won Lotto," he said. "Then it went to number four."',
            "It did, too. 'Blade and Fleece' spent eleven weeks on the RIANZ singles chart in 1983,"
            " peaking at No 4, and even snuck into Australia's Kent Music Report at No 38. The"
            " soundtrack LP, put out by the Dunedin label Tussock Records, went gold in New"
            " Zealand.",
            "Not everything was filmed out on the farms. Oamaru's Harbour Street, with its"
            " limestone warehouses, played 1930s Dunedin for the opening scenes, and the crew spent"
            " two days at the Elephant Rocks for a dream sequence that was, Mrs Kingan says,"
            ' "mostly fog machine".',
            "Waitaki District Council heritage adviser Tom Pryde said the council was considering"
            " a plaque on the street to mark the filming. \"There's a generation of people here who"
            ' were extras. Some of them are still a bit precious about it."',
            "A free screening will be held at the Oamaru Opera House on Saturday, April 12. Gold"
            " coin donation, with proceeds to the hall roof fund.",
        ],
        video="yt:Hk2-0dfJaW4",
        film=("The Wool Year", 1983),
        tracks=["Blade and Fleece"],
        people=[
            ("Blade and Fleece", "Ray Tipene and the Kahu Brothers", "performer"),
            ("Blade and Fleece", "Hemi Walker", "composer"),
        ],
        albums=["The Wool Year soundtrack"],
        peaks=[
            ("Blade and Fleece", 4, "other:RIANZ singles chart"),
            ("Blade and Fleece", 38, "australia_kent"),
        ],
        certs=[("The Wool Year soundtrack", "gold", 1, "other")],
        places=["Duntroon", "Harbour Street", "Elephant Rocks"],
        stood=[("Harbour Street", "1930s Dunedin")],
    ),
    # 5. Newspaper obituary of the composer (British broadsheet).
    post(
        "isobel-craddock-obituary-au",
        "medium",
        "Isobel Craddock obituary",
        [
            "<em>Composer whose music for The Glass Orchard gave the early 1970s one of its most"
            " hummed lullabies</em>",
            "By Margaret Ellory",
            "Isobel Craddock, who has died aged 86, wrote a great deal of music &#8212; string"
            " quartets, a children's opera, more than 40 television themes &#8212; but she will be"
            " remembered for a lullaby of barely two and a half minutes. 'Orchard Song (Lullaby for"
            " Anna)', written for Hugh Lanyon's 1971 film The Glass Orchard and sung by the"
            " 19-year-old Marnie Vale, was briefly inescapable in the winter of 1971-72, and has"
            " been sung to the sleepless children of Britain ever since.",
            "It accompanies the film's picnic montage, in which three generations of a farming"
            " family gather fruit while the eldest daughter prepares, unbeknown to the rest, to"
            " leave home. Lanyon shot it over four days in the cider orchards at Much Marcle; the"
            " market-day scenes were filmed in nearby Ledbury, standing in for a town in Kent."
            " Craddock, who was on set throughout, later said she rewrote the melody twice after"
            " watching the rushes.",
            "Released as a single on the small Lantern label, the lullaby reached No 2 in the UK"
            " in February 1972, kept from the top by a novelty record she refused ever to name,"
            " and crossed the Atlantic to No 41 on the Billboard Hot 100. The soundtrack album,"
            " Music from The Glass Orchard, climbed to No 9 and was certified gold by the BPI in"
            ' 1977, by which time it had been bought, she liked to say, "by every grandmother in'
            ' the Home Counties".',
            "The same LP carried 'Harvest Reel', a brisk dance tune she wrote for the Wenlock"
            " Fiddlers, a Shropshire folk group who appear in the film's harvest-supper scene and"
            " played it live on the day.",
            "Born in Stoke-on-Trent, the daughter of a pottery decorator and a piano teacher,"
            " Isobel won a scholarship to the Royal College of Music in 1956, where she was one of"
            " only two women in her composition class. She spent most of the 1960s arranging for"
            ' radio, a job she described as "writing 30 seconds of oboe for a programme about'
            ' hedgehogs, every day, for six years".',
            "After The Glass Orchard her work was mostly for television, including the theme for"
            " the long-running drama Fenwick & Daughters (1979-88). She never had another hit, and"
            " said she had never wanted one. Vale, who retired from performing in the 1980s, said"
            ' this week that Craddock "wrote the tune for me in a key I could actually reach,'
            ' which no one else ever bothered to do".',
            "In 1964 she married the cellist Robert Ames, who died in 2011. She is survived by"
            " their son, Daniel, and two grandchildren.",
            "<strong>Isobel Mary Craddock, composer, born 3 May 1938; died 19 February"
            " 2025</strong>",
        ],
        video="vimeo:91738264",
        film=("The Glass Orchard", 1971),
        tracks=["Orchard Song (Lullaby for Anna)", "Harvest Reel"],
        people=[
            ("Orchard Song (Lullaby for Anna)", "Isobel Craddock", "composer"),
            ("Orchard Song (Lullaby for Anna)", "Marnie Vale", "performer"),
            ("Harvest Reel", "Isobel Craddock", "composer"),
            ("Harvest Reel", "the Wenlock Fiddlers", "performer"),
        ],
        albums=["Music from The Glass Orchard"],
        peaks=[
            ("Orchard Song (Lullaby for Anna)", 2, "uk_singles"),
            ("Orchard Song (Lullaby for Anna)", 41, "billboard_hot_100"),
            ("Music from The Glass Orchard", 9, "uk_albums"),
        ],
        certs=[("Music from The Glass Orchard", "gold", 1, "bpi")],
        places=["Much Marcle", "Ledbury"],
        stood=[("Ledbury", "a town in Kent")],
    ),
    # 6. Record label press release with boilerplate "About" sections (US).
    post(
        "neon-psalms-anniversary-vinyl-press-release-au",
        "squarespace",
        "Stillwater Sound Announces 30th Anniversary Vinyl Edition of Neon Psalms (Original"
        " Motion Picture Soundtrack)",
        [
            "FOR IMMEDIATE RELEASE",
            "<strong>Double-LP reissue of the 2&#215; Platinum soundtrack arrives June 13 with a"
            " previously unreleased demo and new liner notes by director Renata Ivers</strong>",
            "MINNEAPOLIS, Minn. &#8212; March 4, 2025 &#8212; Stillwater Sound is proud to"
            " announce the 30th anniversary edition of <em>Neon Psalms (Original Motion Picture"
            " Soundtrack)</em>, newly remastered from the original analog tapes and pressed on"
            " 180-gram smoke-colored vinyl. The set arrives June 13 and is available to pre-order"
            " today.",
            "Released alongside Renata Ivers' 1995 neo-noir <em>Neon Psalms</em>, the soundtrack"
            " became one of the defining records of its year. It peaked at No. 12 on the Billboard"
            " 200, spent five weeks at No. 1 on Billboard's Top Soundtracks chart, and has since"
            " been certified 2&#215; Platinum by the RIAA. North of the border it went Platinum,"
            " as certified by what was then the Canadian Recording Industry Association, now"
            " Music Canada.",
            'At its heart is "Kerosene Halo," the slow-burning single written by Dahlia Crane'
            " and Jules Moreno and sung by Crane over the film's unforgettable Fremont Street"
            " montage, shot across three nights in downtown Las Vegas. The song reached No. 6 on"
            " Billboard's Mainstream Rock chart and No. 31 on the Hot 100, and went to No. 9 in"
            " Canada on the RPM 100.",
            '"We had no money and one permit," Ivers recalls in the new notes. "Jules had a'
            " cassette of Dahlia singing into a boombox. I played it in the car on the way to"
            ' Vegas and knew that was the whole film."',
            "The reissue also features, for the first time anywhere, Crane's original four-track"
            ' demo of "Kerosene Halo," recorded in her Duluth apartment in 1994, and the'
            ' previously CD-only "Rhyolite," an instrumental cue Moreno scored for the film\'s'
            " ghost-town chapel scene &#8212; filmed among the ruins of Rhyolite itself, the real"
            " Nevada ghost town that gave the piece its name.",
            "H: Tracklisting",
            "LIST: A1. Kerosene Halo &#8212; Dahlia Crane"
            " | A2. Blue Hour Freeway &#8212; The Pale Mechanics"
            " | B1. Saint of the Late Shift &#8212; Dahlia Crane"
            " | B2. Chrome Rosary &#8212; Veldt Radio"
            " | C1. Neon Psalm No. 9 &#8212; The Pale Mechanics"
            " | C2. Slow Dissolve &#8212; Jules Moreno"
            " | D1. Rhyolite &#8212; Jules Moreno"
            " | D2. Kerosene Halo (four-track demo, previously unreleased) &#8212; Dahlia Crane",
            "Pre-orders from the Stillwater web store include a 24-page booklet with unseen set"
            " photography and a fold-out poster of the original one-sheet.",
            "H: About Stillwater Sound",
            "Founded in 1989 in a converted grain-elevator office in northeast Minneapolis,"
            " Stillwater Sound is an independent label dedicated to artist-first releases and"
            " careful catalog stewardship. Its roster has included Hollow Pines, the Marrow Sisters"
            " and Okoye, and its catalog now numbers more than 300 titles.",
            "H: About Neon Psalms",
            "Written and directed by Renata Ivers, <em>Neon Psalms</em> (1995) stars Joel Whitacre"
            " as a night-shift hospital chaplain drawn into a missing-persons case in Reno. It"
            " premiered at the Sundance Film Festival and was released by Halcyon Pictures.",
            "Media contact: Tess Morrow, press@stillwatersound.example",
        ],
        video="yt:Lr5sTq1Vz8M",
        film=("Neon Psalms", 1995),
        tracks=[
            "Kerosene Halo",
            "Blue Hour Freeway",
            "Saint of the Late Shift",
            "Chrome Rosary",
            "Neon Psalm No. 9",
            "Slow Dissolve",
            "Rhyolite",
        ],
        people=[
            ("Kerosene Halo", "Dahlia Crane", "composer"),
            ("Kerosene Halo", "Jules Moreno", "composer"),
            ("Kerosene Halo", "Dahlia Crane", "performer"),
            ("Blue Hour Freeway", "The Pale Mechanics", "performer"),
            ("Saint of the Late Shift", "Dahlia Crane", "performer"),
            ("Chrome Rosary", "Veldt Radio", "performer"),
            ("Neon Psalm No. 9", "The Pale Mechanics", "performer"),
            ("Slow Dissolve", "Jules Moreno", "performer"),
            ("Rhyolite", "Jules Moreno", "composer"),
            ("Rhyolite", "Jules Moreno", "performer"),
        ],
        albums=["Neon Psalms (Original Motion Picture Soundtrack)"],
        peaks=[
            ("Neon Psalms (Original Motion Picture Soundtrack)", 12, "billboard_200"),
            (
                "Neon Psalms (Original Motion Picture Soundtrack)",
                1,
                "billboard_soundtracks",
            ),
            ("Kerosene Halo", 6, "billboard_mainstream_rock"),
            ("Kerosene Halo", 31, "billboard_hot_100"),
            ("Kerosene Halo", 9, "canada_rpm"),
        ],
        certs=[
            ("Neon Psalms (Original Motion Picture Soundtrack)", "platinum", 2, "riaa"),
            (
                "Neon Psalms (Original Motion Picture Soundtrack)",
                "platinum",
                1,
                "music_canada",
            ),
        ],
        places=["Fremont Street", "Rhyolite"],
    ),
    # 7. Newsletter digest of several items (Singapore).
    post(
        "cue-sheet-digest-monsoon-letters-au",
        "substack",
        "The Cue Sheet #212: Monsoon Letters gets the 4K treatment",
        [
            "Hello again from a very wet Singapore. Five items this week, one of which is a"
            " mailbag question I have been putting off answering since March. As ever, hit reply"
            " if I've got something wrong. You always do.",
            "H: 1. A restoration, at last",
            "Monsoon Letters (2004), Lim Wei Ling's gentle epistolary romance, is getting a 4K"
            " restoration from the original camera negative, with a premiere pencilled in for the"
            " Singapore International Film Festival in November. If you have only seen it on that"
            " murky DVD, you have not really seen it.",
            "H: 2. On the record",
            "Alongside it comes the first vinyl pressing of Monsoon Letters (Music from the Film)."
            " The headline track is still 'Rain on Armenian Street', which Anjali Deshmane sings"
            " over the film's bicycle montage; Farid Roslan wrote it in, by his own account, about"
            " forty minutes. It got as high as No. 3 on the UK Asian Music Chart in 2005, which for"
            " a Malaysian film song with lyrics in three languages was no small thing.",
            "The closing-credits duet, 'Letters Never Sent', has Deshmane and Roslan trading"
            " verses. It is the better song. I will not be taking questions.",
            "H: 3. Walk it",
            "If you're in George Town you can walk most of the montage in an afternoon. It starts"
            " on Armenian Street itself (yes, the song is being literal), loops past the Chew Jetty"
            " and finishes with that funicular shot on Penang Hill. The hotel where Mei Lin works"
            " is actually the Cheong Fatt Tze Mansion, which stood in for a grand 1930s Shanghai"
            " hotel; go on the guided tour and the guide will happily tell you which room was the"
            " 'lobby'.",
            "H: 4. Mailbag",
            "Reader Daniel K. asks whether it's true the producers originally wanted a different"
            " song for the montage. It is. Lim's first choice was 'Jasmine Monsoon', an old"
            " Cantopop number by Vivian Tsao, but the rights holders wanted more than the entire"
            " music budget. I have heard the temp version. Roslan's is better. Again: not taking"
            " questions.",
            "H: 5. Links",
            "LIST: The restoration announcement, via the festival"
            " | Farid Roslan's 2019 interview about writing for film"
            " | My 2021 piece on Penang as a screen location, still the most-read thing I have"
            " written",
            "See you next Thursday. &#8212; Shalini",
        ],
        video="yt:p0XcE4yRj-2",
        film=("Monsoon Letters", 2004),
        tracks=["Rain on Armenian Street", "Letters Never Sent"],
        people=[
            ("Rain on Armenian Street", "Anjali Deshmane", "performer"),
            ("Rain on Armenian Street", "Farid Roslan", "composer"),
            ("Letters Never Sent", "Anjali Deshmane", "performer"),
            ("Letters Never Sent", "Farid Roslan", "performer"),
        ],
        albums=["Monsoon Letters (Music from the Film)"],
        peaks=[("Rain on Armenian Street", 3, "other:UK Asian Music Chart")],
        places=[
            "Armenian Street",
            "Chew Jetty",
            "Penang Hill",
            "Cheong Fatt Tze Mansion",
        ],
        stood=[("Cheong Fatt Tze Mansion", "a grand 1930s Shanghai hotel")],
    ),
    # 8. A radio station's news page (Canada).
    post(
        "cfrq-news-frozen-pond-waltz-hall-au",
        "hugo",
        "Larivière Family's 'Frozen Pond Waltz' headed for Prairie Roots Hall of Honour",
        [
            "<strong>CFRQ News</strong> | Posted Thursday, 2:45 p.m. | Updated 4:10 p.m.",
            "A fiddle tune a Gravelbourg family recorded for a 1976 hockey movie is going into"
            " the Prairie Roots Music Hall of Honour.",
            "'Frozen Pond Waltz', performed by the Larivière Family and written by the family's"
            " patriarch, Gilles Larivière, will be inducted at a ceremony in Regina on May 17,"
            " organizers announced Wednesday.",
            "The song is best known from <em>Forty Below</em>, a low-budget comedy-drama about a"
            " struggling senior men's team. Its centrepiece is a montage of the players skating"
            " laps on Buffalo Pound Lake at dawn, scored to the waltz. Much of the rest of the film"
            " was shot in Moose Jaw, which stood in for Depression-era Winnipeg.",
            "The single climbed to number 11 on RPM's Top Singles chart early in 1977 and spent"
            " two weeks at number two on RPM's Country Tracks chart. For a family band that had"
            " never played east of Brandon, it was, Gilles's daughter Monique told CFRQ's"
            ' <em>Prairie Mornings</em> on Thursday, "like being struck by lightning on a sunny'
            ' day."',
            "The film's closing credits run over the single's flip side, 'Brandon Two-Step',"
            " another Larivière Family recording, though Monique says nobody in the family can"
            " remember who wrote that one.",
            '"Dad wrote the waltz at the kitchen table in about an hour," she said. "He always said'
            ' the movie people paid him more for that hour than the farm made all year."',
            "Gilles Larivière died in 2002. Monique, 68, still has the fiddle he used on the"
            " recording and says she'll bring it to the ceremony \"so it gets a look at the"
            ' crowd."',
            "<em>Forty Below</em>, directed by Winnipeg-born Arthur Kozak, has been out of print"
            " on home video for years, though a copy circulates at the Moose Jaw Public Library"
            " and, staff say, is rarely on the shelf.",
            "<strong>Listen:</strong> Hear the full conversation with Monique Larivière on"
            " <em>Prairie Mornings</em>, weekdays from 6 a.m. on 97.3 FM and streaming at"
            " cfrq.example.",
            "Got a news tip? Email newsroom@cfrq.example.",
        ],
        video="vimeo:305617729",
        film=("Forty Below", 1976),
        tracks=["Frozen Pond Waltz", "Brandon Two-Step"],
        people=[
            ("Frozen Pond Waltz", "the Larivière Family", "performer"),
            ("Brandon Two-Step", "the Larivière Family", "performer"),
            ("Frozen Pond Waltz", "Gilles Larivière", "composer"),
        ],
        peaks=[
            ("Frozen Pond Waltz", 11, "canada_rpm"),
            ("Frozen Pond Waltz", 2, "other:RPM Country Tracks"),
        ],
        places=["Buffalo Pound Lake", "Moose Jaw"],
        stood=[("Moose Jaw", "Depression-era Winnipeg")],
    ),
    # 9. Court report on a songwriting-credit dispute (British).
    post(
        "court-tangerine-afternoon-cowriter-ruling-au",
        "jekyll",
        "Session guitarist co-wrote 1989 film hit 'Tangerine Afternoon', High Court rules",
        [
            "By Helen Farraday, Legal Affairs Correspondent",
            "A session guitarist who played on the 1989 hit 'Tangerine Afternoon' is entitled to"
            " a share of its songwriting royalties after a High Court judge found that he co-wrote"
            " the song, more than 35 years after it was released.",
            "Desmond Okafor, 64, had claimed that he came up with the song's distinctive opening"
            " figure and much of its chorus melody during a recording session in west London in"
            " the spring of 1989, and that he was wrongly left off the credits when it was"
            " released by the pop duo Sable & Rowe.",
            "The song, which plays over the market-chase montage in the film A Window in Tangier,"
            " has been credited since its release solely to Graham Rowe, one half of the duo. Mr"
            ' Rowe, 66, denied that Mr Okafor had made any contribution "beyond what any competent'
            ' session player would".',
            "In a judgment handed down on Tuesday, Mrs Justice Harwood said she preferred Mr"
            " Okafor's evidence. The riff, she said, was \"not an embellishment but the song's"
            ' spine", and she found that the two men were joint authors of the work. She assessed'
            " Mr Okafor's share at 30 per cent.",
            "The court heard that the single reached No 5 in the UK singles chart in August 1989"
            " and was certified gold by the BPI later that year. It was also a hit in West Germany,"
            " where it peaked at No 18. Rupert Yeo KC, for Mr Okafor, told the court the track had"
            ' earned "well in excess of &#163;1.2 million" in publishing income since release, a'
            " figure Mr Rowe's side did not dispute.",
            "Corinne Sable, the other half of the duo, gave evidence by video link from France."
            ' She told the court she remembered Mr Okafor "playing something lovely that Graham'
            ' then built the verse around", but could not recall who had suggested the chorus.',
            "The film, a thriller directed by Paul Everett, was shot largely in Morocco. The"
            " montage, in which the heroine is pursued on foot through the medina, was filmed in"
            " the Petit Socco and on the clifftop road at Cap Spartel, the court was told.",
            "'Tangerine Afternoon' later appeared on the duo's second album, Kasbah Postcards,"
            " which reached No 14 in the UK albums chart.",
            "The judge rejected a claim for an account of profits going back to 1989, limiting"
            " recovery to the statutory six-year period. Costs will be decided at a later hearing."
            ' Mr Rowe\'s solicitors said he was "considering an appeal".',
            "Outside court, Mr Okafor, who was born in Lagos and has lived in Harlesden since"
            ' 1979, said: "I just wanted my name on it. My grandchildren can see it now."',
        ],
        video="yt:gT8uWm3ZnK1",
        film=("A Window in Tangier", 1989),
        tracks=["Tangerine Afternoon"],
        people=[
            ("Tangerine Afternoon", "Sable & Rowe", "performer"),
            ("Tangerine Afternoon", "Graham Rowe", "composer"),
            ("Tangerine Afternoon", "Desmond Okafor", "composer"),
        ],
        albums=["Kasbah Postcards"],
        peaks=[
            ("Tangerine Afternoon", 5, "uk_singles"),
            ("Tangerine Afternoon", 18, "germany_media_control"),
            ("Kasbah Postcards", 14, "uk_albums"),
        ],
        certs=[("Tangerine Afternoon", "gold", 1, "bpi")],
        places=["Petit Socco", "Cap Spartel"],
    ),
    # 10. Anniversary piece, "40 years ago this week" (US).
    post(
        "forty-years-ago-hold-the-line-marisol-au",
        "handmade",
        "40 Years Ago This Week: 'Hold the Line, Marisol' Takes the Top Spot",
        [
            "<em>Rewind Desk &#183; a weekly look back &#183; by Gary Ostrowski</em>",
            "Forty years ago this week &#8212; the chart dated August 17, 1985, if you're keeping"
            " score at home &#8212; Ricky Delgado's 'Hold the Line, Marisol' climbed to No. 1 on"
            " the Billboard Hot 100. It stayed there for exactly one week, which feels about right"
            " for a song about a summer romance that doesn't survive Labor Day.",
            "If you were a teenager that year you know the scene. Breakwater, the boardwalk"
            " coming-of-age picture that had opened in late June, sends its two leads (Tommy Reyes"
            " and a pre-fame Carla Wynn) up and down the Giant Dipper, loses them in the arcade"
            " and finds them again on the sand at dusk, all in three and a half minutes and all to"
            " Delgado's big, dumb, glorious chorus.",
            "Here's what surprised me, rewatching it last weekend: none of it is in New Jersey."
            " The movie is set on the Jersey Shore, but that boardwalk is the Santa Cruz Beach"
            " Boardwalk, and the sleepy beach town where Marisol's family runs a motel is Capitola,"
            " a few miles down the coast, which doubled for Asbury Park. The Giant Dipper has never"
            " been within 2,500 miles of the Atlantic.",
            "The song came from an unlikely pen. Ann Bettencourt was a 41-year-old jingle writer"
            " from Fall River, Massachusetts, whose previous credits ran to a furniture chain and a"
            " brand of frozen waffles. She wrote 'Marisol' in an afternoon, she later said, and"
            " 'Undertow Girl', the film's other single, over a long weekend. The Tidewater Kids, a"
            " San Diego bar band who had never been on the radio, got to record that one.",
            "H: By the numbers",
            "LIST: 'Hold the Line, Marisol': No. 1 Hot 100 (one week), No. 5 Adult Contemporary,"
            " No. 3 in Canada (RPM), No. 14 in the UK"
            " | 'Undertow Girl' (the Tidewater Kids): No. 22 Hot 100"
            " | Breakwater: Original Motion Picture Soundtrack: No. 4 on the Billboard 200"
            " | RIAA: the single went gold; the album, triple platinum",
            "Delgado, a Bronx-born former wedding singer, never had another Top 40 hit. He's 66"
            " now and sings on cruise ships, and he told me last year he still closes every set"
            ' with it: "People would riot otherwise. Polite riots. It\'s a cruise." The Tidewater'
            " Kids broke up in 1987. Bettencourt went back to jingles and, by her own account,"
            " made more money from waffles than from Marisol.",
            "Was 'Hold the Line, Marisol' the best No. 1 of 1985? Certainly not. Was it the most"
            " 1985 No. 1 of 1985? I will fight you.",
            '<a href="/rewind/">More from the Rewind Desk</a>',
        ],
        video="yt:Z9fA_bC7dLs",
        film=("Breakwater", 1985),
        tracks=["Hold the Line, Marisol", "Undertow Girl"],
        people=[
            ("Hold the Line, Marisol", "Ricky Delgado", "performer"),
            ("Hold the Line, Marisol", "Ann Bettencourt", "composer"),
            ("Undertow Girl", "the Tidewater Kids", "performer"),
            ("Undertow Girl", "Ann Bettencourt", "composer"),
        ],
        albums=["Breakwater: Original Motion Picture Soundtrack"],
        peaks=[
            ("Hold the Line, Marisol", 1, "billboard_hot_100"),
            ("Hold the Line, Marisol", 5, "billboard_adult_contemporary"),
            ("Hold the Line, Marisol", 3, "canada_rpm"),
            ("Hold the Line, Marisol", 14, "uk_singles"),
            ("Undertow Girl", 22, "billboard_hot_100"),
            ("Breakwater: Original Motion Picture Soundtrack", 4, "billboard_200"),
        ],
        certs=[
            ("Hold the Line, Marisol", "gold", 1, "riaa"),
            ("Breakwater: Original Motion Picture Soundtrack", "platinum", 3, "riaa"),
        ],
        places=["Santa Cruz Beach Boardwalk", "Capitola"],
        stood=[("Capitola", "Asbury Park")],
    ),
    # 11. A correction notice appended to an article (Irish).
    post(
        "turf-and-tide-comes-home-to-achill-au",
        "wp_classic",
        "The Achill film that time forgot is coming home",
        [
            "<strong>A restoration of Turf and Tide, shot on the island in the summer of 1971,"
            " will be screened in Dugort next month</strong>",
            "Ciara N&#237; Bhriain",
            "For half a century the only copy of Turf and Tide most people on Achill had seen was a"
            " third-generation VHS that did the rounds of the island's kitchens every Christmas."
            " Next month the film, Donal Furey's 1972 drama about a fishing family torn between"
            " the island and Boston, returns in a new restoration by the Irish Film Institute, and"
            " it will be shown, fittingly, in the parish hall in Dugort.",
            "Furey shot the film over the summer of 1971 in Dugort and at Keem Bay, at the far"
            " western end of the island. In the finished film Dugort doubles for a Donegal fishing"
            ' village; Furey, a Donegal man himself, said he could not find one at home "that'
            " hadn't been ruined by caravans\".",
            "Its best-remembered moment is the currach-race montage, scored to 'The Bog Road"
            " Home'. Sung by Nuala Breen, then a 22-year-old from Castlebar, and written by the"
            " Mayo schoolteacher S&#233;amus Corry, the song spent three weeks at number one on the"
            " Irish Singles Chart in 1972 and reached No 12 in Britain, a rare feat for a ballad"
            " with a verse in Irish.",
            "The film also features 'The Curragh Race', a reel played by the Brannigan C&#233;il&#237;"
            " Band during the regatta scene, which Corry's son Fergal says was recorded in a"
            " single take in the back room of a pub in Westport.",
            "The restoration, from a print found in a Boston film society's basement in 2022, took"
            ' two years. "Half the frames had a scratch down the middle like a tramline," said'
            ' the IFI\'s Aoife Lally. "The sea looked like it was raining upwards."',
            "Breen, now 75, will sing at the screening. \"I haven't watched it since my mother"
            ' died," she said. "I\'ll probably cry at the bit with the bicycle."',
            "Tickets for the screening on 12 April are free but must be booked in advance.",
            "<em>This article was amended on 14 March 2025. An earlier version stated that 'The"
            " Bog Road Home' was written by Nuala Breen; it was written by S&#233;amus Corry. It"
            " also said the song reached No 2 in Britain, rather than No 12, and wrongly placed"
            " the film's locations in Connemara.</em>",
        ],
        video="yt:nE4rY6uIo0P",
        film=("Turf and Tide", 1972),
        tracks=["The Bog Road Home", "The Curragh Race"],
        people=[
            ("The Bog Road Home", "Nuala Breen", "performer"),
            ("The Bog Road Home", "Séamus Corry", "composer"),
            ("The Curragh Race", "the Brannigan Céilí Band", "performer"),
        ],
        peaks=[
            ("The Bog Road Home", 1, "other:Irish Singles Chart"),
            ("The Bog Road Home", 12, "uk_singles"),
        ],
        places=["Dugort", "Keem Bay"],
        stood=[("Dugort", "a Donegal fishing village")],
    ),
    # 12. Business-pages story about a catalogue sale (Australian).
    post(
        "bellbird-music-catalogue-sale-red-dust-lullaby-au",
        "gutenberg",
        "Bellbird Music sells 'Red Dust Lullaby' catalogue to US fund for $42m",
        [
            "<em>The Sydney publisher's founding family has cashed out of a songbook anchored by a"
            " single 1979 outback film. Rebecca Thorne reports.</em>",
            "Sydney music publisher Bellbird Music has agreed to sell its catalogue of about 1100"
            " copyrights to New York-based Keystone Song Partners for $42 million, in a deal that"
            " values the business at roughly 17 times its annual net publisher's share.",
            "The jewel of the catalogue, according to people familiar with the sale process run by"
            " boutique adviser Marlow & Quaid, is 'Red Dust Lullaby', the ballad Barry Fitzsimons"
            " wrote for the 1979 film Gibber Plain.",
            "Recorded by Kath Munro & the Dingo Fence, the song plays over the film's cattle-drive"
            " montage and still generates about $600,000 a year in licensing, performance and"
            " mechanical income, more than a tenth of Bellbird's revenue. It reached No. 2 on the"
            " Kent Music Report in 1979 and, belatedly, went gold with ARIA in 2003.",
            "Mr Fitzsimons, who founded Bellbird with his late wife, Judith, in 1974, is understood"
            " to retain his writer's share. The publisher's share passes to Keystone on"
            " completion, expected in the June quarter.",
            '"It is a remarkably durable asset," said one underbidder. "Every time someone makes'
            ' an ad about utes, or a tourism campaign about the outback, that song gets a call."',
            "The soundtrack album, Gibber Plain (Original Soundtrack), which also carries another"
            " Fitzsimons composition sung by Munro's band, 'Stockman's Last Ride', reached No. 6"
            " on the Kent album chart and was certified double platinum by ARIA after a 1996"
            " reissue.",
            "Shot largely around Arkaroola in the northern Flinders Ranges, with Coober Pedy"
            " doubling for an opal town in western Queensland, the film is a modest asset by"
            " comparison: rights revert to the estate of director Colin Haig in 2029.",
            "Keystone has spent about $US900 million on catalogues since 2019, most of them in the"
            " US and Britain. The Bellbird deal is its first in Australia. Managing partner Lauren"
            ' Esposito declined to comment on price but said the fund was "excited to be'
            ' custodians of a piece of Australian cultural history".',
            "Catalogue valuations have come off their 2021 peak as interest rates rose, and"
            " several sales processes in Australia stalled last year when bids came in below"
            " vendor expectations. Advisers say songs with steady sync income, like the Bellbird"
            " ballad, remain the exception.",
        ],
        video="vimeo:712044863",
        film=("Gibber Plain", 1979),
        tracks=["Red Dust Lullaby", "Stockman's Last Ride"],
        people=[
            ("Red Dust Lullaby", "Barry Fitzsimons", "composer"),
            ("Red Dust Lullaby", "Kath Munro & the Dingo Fence", "performer"),
            ("Stockman's Last Ride", "Barry Fitzsimons", "composer"),
            ("Stockman's Last Ride", "Kath Munro & the Dingo Fence", "performer"),
        ],
        albums=["Gibber Plain (Original Soundtrack)"],
        peaks=[
            ("Red Dust Lullaby", 2, "australia_kent"),
            ("Gibber Plain (Original Soundtrack)", 6, "australia_kent"),
        ],
        certs=[
            ("Red Dust Lullaby", "gold", 1, "aria"),
            ("Gibber Plain (Original Soundtrack)", "platinum", 2, "aria"),
        ],
        places=["Arkaroola", "Coober Pedy"],
        stood=[("Coober Pedy", "an opal town in western Queensland")],
    ),
    # 13. Festival daily's bulletin (almost no facts beyond film and video).
    post(
        "festival-daily-day-four-copper-bell-au",
        "ghost",
        "Day 4 bulletin: Copper Bell rings again, the Thermal queue, and tonight's parties",
        [
            "<strong>Festival Daily &#183; Tuesday &#183; Day 4</strong>",
            "H: Today's must-see: Copper Bell (1968)",
            "If you do one thing this afternoon, make it the restored Copper Bell at 16:00 in the"
            " Grand Hall. Pavel Hrub&#253;'s film was pulled from Czechoslovak cinemas within"
            " weeks of its release in the spring of 1968, shelved after August, and has hardly"
            " been seen since. The restoration, from a duplicate negative turned up in an archive"
            " in 2019, is the first time most of us will see it on a big screen.",
            "Come for the story of a bell-founder's apprentice; stay for the eleven-minute"
            " wordless sequence in the middle, in which he walks from village to village with a"
            " handcart while the seasons change around him. It is cut to a solo harmonium piece"
            " that has never been credited and that nobody, the restorers included, has been able"
            " to identify. If you know it, the programming team would very much like a word.",
            "The trailer, released this morning, is below. It does not do the sequence justice.",
            "H: Queue watch",
            "The 10:00 press line at the Thermal was past the fountain by 09:15 and the Small Hall"
            " filled in four minutes. Accreditation holders are reminded that the 22:30 screenings"
            " are the easiest to get into, for reasons that will be obvious to anyone who attended"
            " last night's party.",
            "H: Tonight",
            "LIST: 19:00 &#8212; Nordic Focus reception, Parkhotel terrace (invitation only)"
            " | 21:00 &#8212; Open-air screening, the colonnade, weather permitting"
            " | 23:00 &#8212; Industry drinks, Caf&#233; Elefant, until they throw us out",
            "H: Overheard",
            '"I came here for the films and I\'m leaving with a wafer addiction." &#8212; a sales'
            " agent, who asked not to be named, on the main promenade, holding three.",
        ],
        video="yt:W1sD-fG5hJk",
        film=("Copper Bell", 1968),
    ),
    # 14. Royalty-statement explainer (British music-business blog).
    post(
        "reading-a-royalty-statement-paperweight-au",
        "blogger",
        "Reading a royalty statement, line by line: the Paperweight example",
        [
            'Every few weeks someone emails me a PDF with the subject line "what does any of'
            ' this mean" and a tone of quiet despair. So here is a worked example.',
            "With permission, I'm using a real (anonymised, lightly rounded) quarterly statement"
            " for 'Small Hours, Big City', the song Juno Hale wrote with producer Marcus Obi and"
            " recorded for Paperweight, the 2008 British indie about a failed glassblower. If"
            " you've seen it, it's the song over the montage where she cycles the length of the"
            " seafront at Margate at five in the morning. If you haven't, it turns up on telly"
            " about twice a year.",
            "H: The statement",
            "LIST: Sync fee instalment (film, worldwide, perpetuity): &#163;1,500.00"
            " | PRS performance (UK broadcast): &#163;212.40"
            " | Mechanicals (MCPS): &#163;48.10"
            " | YouTube Content ID: &#163;31.77"
            " | Admin fee (15%): &#8722;&#163;268.84"
            " | Net payable: &#163;1,523.43",
            "(Hale's other song in the film, 'Annealing', which she wrote alone and sings over the"
            " end credits, is on a separate statement. It earned &#163;4.12 this quarter. She has"
            " framed it.)",
            "The sync line is the big one, and it is also the one that will never come again: the"
            " film company paid once, in instalments, and this is the last of them. The"
            " performance line is what PRS collected when the film was shown on television. The"
            " mechanicals are small because almost nobody buys a physical copy of anything any"
            " more.",
            "Why does a 2008 song still pay at all? Partly because the film keeps being shown, and"
            " partly because the single did respectably: No. 33 on the UK singles chart when the"
            " film came out, while the soundtrack album crept to No. 48. Neither is huge; both"
            " mean the song still gets found.",
            "H: The bit everyone gets wrong",
            "That admin fee comes off the gross, not the net, and it comes off before anything is"
            " split between writers. Hale and Obi split 50/50, so each of them is looking at about"
            " &#163;760 for the quarter, before tax, before their managers. It is not a pension.",
            "H: Three things to check on yours",
            "LIST: Does the territory column add up to the total? It often doesn't."
            " | Is every co-writer's share what your split sheet says?"
            " | Are there lines for income you know exists, such as overseas broadcasts?",
            "Questions in the comments, as ever. No, I won't look at your actual statement for"
            " free. Well. Maybe.",
        ],
        video="yt:cV3bN7mQ2xR",
        film=("Paperweight", 2008),
        tracks=["Small Hours, Big City", "Annealing"],
        people=[
            ("Annealing", "Juno Hale", "composer"),
            ("Annealing", "Juno Hale", "performer"),
            ("Small Hours, Big City", "Juno Hale", "composer"),
            ("Small Hours, Big City", "Marcus Obi", "composer"),
            ("Small Hours, Big City", "Juno Hale", "performer"),
        ],
        albums=["Paperweight soundtrack"],
        peaks=[
            ("Small Hours, Big City", 33, "uk_singles"),
            ("Paperweight soundtrack", 48, "uk_albums"),
        ],
        places=["Margate"],
    ),
    # 15. Q&A interview with the film editor (Canadian).
    post(
        "interview-priya-raman-understudys-waltz-au",
        "medium",
        "'You cut on the breath, not the beat': Priya Raman on The Understudy's Waltz",
        [
            "Priya Raman has cut fourteen features and more television than she can remember, but"
            " the film people still ask her about is The Understudy's Waltz (2001), Istv&#225;n"
            " Halmi's backstage comedy, and in particular its five-minute rehearsal montage. We"
            " spoke by video from her cutting room in Toronto. The conversation has been edited"
            " and condensed.",
            "<strong>How did the montage come to you?</strong>",
            'As about nine hours of footage and a note from Istv&#225;n that said "make them fall'
            " in love by the end.\" The music was already chosen. It was 'Lantern Swing', which"
            " Oren Feld had written years before, and the Brassica Orchestra recorded it for the"
            " film. Istv&#225;n had heard them in a bar and hired them that night. Oren then wrote"
            " them a second piece, 'Waltz for a Second Violin', for the curtain call, and that's"
            " the one I'd save from a fire.",
            "<strong>Was there ever a different song?</strong>",
            "For two weeks I temped it with 'Kiss Me Under the Viaduct', an old cabaret tune, and"
            " everyone loved it, and then the clearance quote came back at about a quarter of the"
            " music budget. Thank God, honestly. It would have been a prettier, worse film.",
            "<strong>Where was it shot?</strong>",
            "Budapest, all of it, though the story is in Vienna. The concert hall is the Vigad&#243;,"
            " standing in for the Musikverein. Don't tell the Viennese. The bit where they"
            " rehearse in the water is the Sz&#233;chenyi Baths, at six in the morning, in February."
            " The steam was free.",
            "<strong>You're known for not cutting on the beat.</strong>",
            "Cutting on the beat is like clapping on one and three. You cut on the breath: the"
            " moment an actor's shoulders drop, or the moment before a phrase lands. The music"
            " will forgive you. The audience won't notice. They'll just feel that it's alive.",
            "<strong>The soundtrack did well in Germany, of all places.</strong>",
            "It did! Number eight on the German album chart, and a gold record there. I have the"
            " disc in the loo. Oren has his in the kitchen, I think, which is classier.",
            "<strong>What are you working on now?</strong>",
            "A documentary about competitive ballroom in Winnipeg, which has more montage in it"
            " than anything I've ever done. I'm starting to think it's a personality flaw.",
        ],
        video="vimeo:250031987",
        film=("The Understudy's Waltz", 2001),
        tracks=["Lantern Swing", "Waltz for a Second Violin"],
        people=[
            ("Lantern Swing", "Oren Feld", "composer"),
            ("Lantern Swing", "the Brassica Orchestra", "performer"),
            ("Waltz for a Second Violin", "Oren Feld", "composer"),
            ("Waltz for a Second Violin", "the Brassica Orchestra", "performer"),
        ],
        albums=["The Understudy's Waltz soundtrack"],
        peaks=[("The Understudy's Waltz soundtrack", 8, "germany_media_control")],
        certs=[("The Understudy's Waltz soundtrack", "gold", 1, "bvmi")],
        places=["Vigadó", "Széchenyi Baths"],
        stood=[("Vigadó", "the Musikverein")],
    ),
    # 16. Regional tourism board's press note (Tasmania).
    post(
        "tamar-valley-cold-harbour-light-screen-trail-au",
        "squarespace",
        "New screen trail follows Cold Harbour Light through northern Tasmania",
        [
            "MEDIA RELEASE &#183; Visit Tamar Valley &#183; For release Monday 3 March 2025",
            "Twenty-eight years after a British film crew turned northern Tasmania into the coast"
            " of Cornwall, Visit Tamar Valley has today launched the Cold Harbour Light Screen"
            " Trail, a self-drive route linking locations from the 1997 drama.",
            "Directed by Gillian Hurst, Cold Harbour Light tells the story of a lighthouse"
            " keeper's daughter in 1950s Cornwall. Not a single frame of it was shot in England.",
            "H: On the trail",
            "LIST: Low Head Lighthouse: the keeper's cottage and tower, standing in for the"
            " Cornish lighthouse of the title"
            " | Cataract Gorge: doubled for a Scottish glen in the honeymoon sequence"
            " | Evandale: its main street and green played St Kerra, the film's fictional Cornish"
            " village"
            " | Beauty Point: the harbour and boatsheds of the fishing scenes"
            " | Brady's Lookout: the clifftop farewell"
            " | Ross Bridge (optional detour south): where the lovers quarrel in the rain",
            "The film's best-loved scene, a montage of the lamp being lit night after night as the"
            " seasons turn, was filmed at Low Head and is set to 'Lamplighter's Daughter', sung by"
            " the Burnie-raised folk singer Cassie Rourke. Visitors can scan a code at each stop to"
            " hear the song and watch clips from the film.",
            '"Screen tourism is a genuine driver of regional visitation, and this film has fans'
            ' all over the world who have no idea it was made here," said Visit Tamar Valley chief'
            ' executive Mark Dennehy. "We\'d like to change that, one lighthouse at a time."',
            "The trail map is free from the Launceston visitor centre and online. Participating"
            " cellar doors along the route are offering a 'Keeper's Tasting' through to the end of"
            " winter.",
            "H: About Visit Tamar Valley",
            "Visit Tamar Valley is the regional tourism organisation for the Tamar Valley and"
            " surrounds. It works with local operators, councils and the state government to grow"
            " the visitor economy of northern Tasmania.",
            "Media enquiries: Jo Kerslake, media@visittamar.example, 0400 000 000",
        ],
        video="yt:Y6tR4eW2qA_",
        film=("Cold Harbour Light", 1997),
        tracks=["Lamplighter's Daughter"],
        people=[("Lamplighter's Daughter", "Cassie Rourke", "performer")],
        places=[
            "Low Head Lighthouse",
            "Cataract Gorge",
            "Evandale",
            "Beauty Point",
            "Brady's Lookout",
            "Ross Bridge",
        ],
        stood=[
            ("Low Head Lighthouse", "the Cornish lighthouse of the title"),
            ("Cataract Gorge", "a Scottish glen"),
            ("Evandale", "St Kerra"),
        ],
    ),
    # 17. Syndicated columnist (US), few facts.
    post(
        "column-coffee-cup-romeo-four-thousand-plays-au",
        "substack",
        "I have heard 'Coffee Cup Romeo' 4,000 times, and I regret nothing",
        [
            "My father ran a diner in Dayton for thirty-one years, and for at least twenty of"
            " them the jukebox in the corner had exactly one record that anybody played. It was"
            " 'Coffee Cup Romeo,' by the Memphis-born singer Wanda Lee Harlan, and I estimate,"
            " conservatively, that I heard it 4,000 times before I left for college.",
            "I did not choose this. Nobody chooses this. But I have come to believe it was good"
            " for me, in the way that cod liver oil and Sunday school were good for me.",
            "Last week, for reasons I will blame on a cold and a streaming service, I finally"
            " watched the movie the song comes from. It's called 'Second Shift at the Starlight,'"
            " it came out in 1981, and it is about three waitresses at an all-night diner who"
            " decide to rob the owner, who deserves it. The song plays over a montage of them"
            " refilling coffee, pocketing tips and plotting, and I laughed out loud, alone, at"
            " 2 a.m., like a man with a problem.",
            "Some things I learned. The song was written by a Nashville session man named Buck"
            " Tiller, who apparently also wrote jingles for a tire company. It never made the Top"
            " 40, which surprises me, because in Dayton it was effectively the national anthem."
            " And the movie, though it's set in Ohio, was shot in Kingman, Arizona, which explains"
            " why the parking lot has a mesa behind it and why nobody ever seems to be cold.",
            'I called my father, who is 88, to tell him. "I know," he said. "I saw it at the'
            ' drive-in. Your mother liked the redhead." Then he asked if I was eating enough.',
            "Here is my point, and I do have one. Every family has a song it did not pick. It"
            " plays in the background while you do your homework and fight with your sister and"
            " learn to make change. You never like it. You just end up knowing every word.",
            "Mine is about a man who flirts with waitresses for free refills. I could have done"
            " worse. My sister says hers is the dial tone.",
        ],
        video="yt:kJ8hG0fD5sL",
        film=("Second Shift at the Starlight", 1981),
        tracks=["Coffee Cup Romeo"],
        people=[
            ("Coffee Cup Romeo", "Wanda Lee Harlan", "performer"),
            ("Coffee Cup Romeo", "Buck Tiller", "composer"),
        ],
        places=["Kingman"],
    ),
    # 18. "Fact check" article (US).
    post(
        "fact-check-porchlight-hymn-moth-season-au",
        "hugo",
        "Fact check: Did 'Porchlight Hymn' from 'Moth Season' really go to No. 1?",
        [
            "<strong>Claim:</strong> A widely shared post says the theme from the 1992 film 'Moth"
            " Season,' 'Porchlight Hymn,' was a No. 1 hit written by the film's star Cole Ransom,"
            " went platinum, and was filmed in Savannah, Georgia.",
            "<strong>Our rating:</strong> Mostly false.",
            "H: Who wrote it?",
            "Not Ransom. The song was performed by Greyhound Saints, a band from Athens, Georgia,"
            " and the writers' database of the performing-rights organization that registers it"
            " lists the band's frontman, Lyle Sturgis, as its sole writer. Ransom hums a few bars"
            " of it on a porch swing in one scene, which may be where the confusion started. A"
            ' spokesperson for the actor told us he "has never written a song and has been asked'
            ' not to try."',
            "H: Was it a No. 1 hit?",
            "Partly. 'Porchlight Hymn' peaked at No. 27 on the Billboard Hot 100 in the fall of"
            " 1992. It did, however, spend two weeks at No. 1 on Billboard's Adult Contemporary"
            " chart, which is likely the source of the claim. It did not chart in the UK, despite"
            " a second post saying otherwise.",
            "H: Did it go platinum?",
            "No. The RIAA's searchable database shows the single was certified gold in 1993. There"
            " is no platinum award on record.",
            "H: Was it filmed in Savannah?",
            "No, though the film is set there. Production records and contemporary local news"
            " coverage show 'Moth Season' was shot in Beaufort, South Carolina, which stood in for"
            " Savannah. The porch montage that the song plays over, the scene most people remember,"
            " was filmed at Tidalholm, a 19th-century house on the Point that has appeared in"
            " several other films.",
            "H: Our ruling",
            "The post gets the song and the film right and almost everything else wrong. Its most"
            " repeated claim, that Ransom wrote the song, is false. Its chart claim is misleading"
            " without context, and its certification and location claims are false. We rate it"
            " mostly false.",
            "H: Sources",
            "LIST: Billboard chart archives, 1992"
            " | RIAA Gold &amp; Platinum database"
            " | Performing-rights writer and publisher records"
            " | Beaufort Gazette coverage of the production, 1991"
            " | Email from Cole Ransom's representative",
        ],
        video="yt:u2Ii9Oo3Pp7",
        film=("Moth Season", 1992),
        tracks=["Porchlight Hymn"],
        people=[
            ("Porchlight Hymn", "Greyhound Saints", "performer"),
            ("Porchlight Hymn", "Lyle Sturgis", "composer"),
        ],
        peaks=[
            ("Porchlight Hymn", 27, "billboard_hot_100"),
            ("Porchlight Hymn", 1, "billboard_adult_contemporary"),
        ],
        certs=[("Porchlight Hymn", "gold", 1, "riaa")],
        places=["Beaufort", "Tidalholm"],
        stood=[("Beaufort", "Savannah")],
    ),
    # 19. Live-blog with timestamps (British).
    post(
        "live-starling-hill-in-concert-barbican-au",
        "jekyll",
        "Starling Hill in Concert, live: the score, the song and a standing ovation",
        [
            "<strong>19.32</strong> Good evening and welcome to our live coverage of Starling Hill"
            " in Concert at the Barbican, where the Northern Film Orchestra is about to play"
            " Tobias Kerr's score live to picture for the film's tenth anniversary. I'm in row M,"
            " next to a man who has brought binoculars.",
            "<strong>19.41</strong> Some background while they tune. Starling Hill (2011) was shot"
            " in and around Robin Hood's Bay, which doubled as a Cornish fishing village (don't"
            " ask), with the ruined-abbey finale filmed at Whitby Abbey. The story's set in 1953.",
            "<strong>19.58</strong> Lights down. Kerr, who is conducting tonight as well, gets a"
            " roar before he has lifted the baton.",
            "<strong>20.14</strong> The storm sequence. The timpanist is having the night of his"
            " life.",
            "<strong>20.37</strong> Here we go: the montage. Elin Marsh walks on to sing 'Paper"
            " Boats at Low Tide', which she wrote with Kerr and sang on the original soundtrack."
            " On screen, the two sisters grow up in ninety seconds of summers. Off screen, the"
            " woman in front of me has given up pretending she isn't crying.",
            '<strong>20.42</strong> Reader Tom, by email: "My daughter was born the week this got'
            " to No 15. We named her after the boat, not the song. She's thirteen and furious"
            ' about it." The single did indeed peak at 15 on the UK chart, and the BPI made it silver'
            " the following spring.",
            "<strong>20.55</strong> Interval. A reminder that the score album, Starling Hill"
            " (Original Score), peaked at No 22 on the albums chart, which for an orchestral score"
            " with no star vocalist on the cover is not to be sniffed at.",
            "<strong>21.20</strong> Second half opens with 'Kittiwake', the folk tune the Hollins"
            " Three play at the village dance in the film. And here they are, all three, in"
            " person, at the front of the stage, fiddle, melodeon and a bodhr&#225;n that has seen"
            " things.",
            "<strong>21.48</strong> The abbey finale. The organ comes in and the whole hall seems"
            " to lift an inch.",
            "<strong>21.55</strong> Standing ovation, and Kerr waves the orchestra to its feet"
            " twice. That's it from me. Thanks for reading and for all your emails, especially the"
            " one about the binoculars.",
        ],
        video="vimeo:618204557",
        film=("Starling Hill", 2011),
        tracks=["Paper Boats at Low Tide", "Kittiwake"],
        people=[
            ("Paper Boats at Low Tide", "Elin Marsh", "composer"),
            ("Paper Boats at Low Tide", "Elin Marsh", "performer"),
            ("Paper Boats at Low Tide", "Tobias Kerr", "composer"),
            ("Kittiwake", "the Hollins Three", "performer"),
        ],
        albums=["Starling Hill (Original Score)"],
        peaks=[
            ("Paper Boats at Low Tide", 15, "uk_singles"),
            ("Starling Hill (Original Score)", 22, "uk_albums"),
        ],
        certs=[("Paper Boats at Low Tide", "silver", 1, "bpi")],
        places=["Robin Hood's Bay", "Whitby Abbey"],
        stood=[("Robin Hood's Bay", "a Cornish fishing village")],
    ),
    # 20. Industry awards shortlist write-up (Australian).
    post(
        "screen-sound-awards-shortlist-salt-choir-au",
        "handmade",
        "The Salt Choir leads Screen Sound Awards shortlist with four nominations",
        [
            "<em>Jess Pallister &#183; Screen Sound Bulletin</em>",
            "Sarah Kinnane's 2015 drama The Salt Choir leads the shortlist for this year's Screen"
            " Sound Awards, with nominations in four categories, including the two most hotly"
            " contested: feature score and original song.",
            "LIST: Feature Film Score of the Year: Dan Whitlock, The Salt Choir"
            " | Best Original Song Composed for the Screen: 'Harbour of Small Mercies' (Dan"
            " Whitlock, Tess Okonkwo)"
            " | Best Soundtrack Album: The Salt Choir (Original Soundtrack)"
            " | Best Music Supervision in a Feature: Ally Brennan, The Salt Choir",
            "The song nomination is the one people in the industry are talking about. 'Harbour of"
            " Small Mercies', which Okonkwo sings over the film's montage of the choir rehearsing"
            " through a long coastal winter, was written by the pair in a single session and,"
            ' according to Whitlock, "mostly in the car park". Okonkwo, who was born in Lagos and'
            " grew up in Footscray, took the song to No. 41 on the ARIA Singles Chart last year;"
            " she said she was \"stunned, and also a bit annoyed I didn't wear"
            ' something nicer to the announcement".',
            "The soundtrack, released by Ironbark Records in October, peaked at No. 3 on the ARIA"
            " Albums Chart and was certified gold by ARIA in January, a rare result for a"
            " local-film soundtrack in the streaming era. Also on it is 'Choir of Salt', a new"
            " arrangement of a sea shanty performed by the Kestrel Street Singers, the community"
            " choir whose story loosely inspired the film.",
            "The film was shot in Port Fairy, in Victoria's south-west, with the storm-lashed"
            " coastal scenes filmed further west at Cape Bridgewater. Kinnane has said she wanted"
            ' "weather you could hear".',
            "Its rivals are not to be underestimated. Gully and Dry Season each picked up three"
            " nominations, and Dry Season's composer is a previous winner in the score category."
            " The song category, with five nominees, is widely considered the most open it has"
            " been in years.",
            "The awards will be presented at the Melbourne Recital Centre on 22 November.",
        ],
        video="yt:M5nB1vC-xZ4",
        film=("The Salt Choir", 2015),
        tracks=["Harbour of Small Mercies", "Choir of Salt"],
        people=[
            ("Harbour of Small Mercies", "Dan Whitlock", "composer"),
            ("Harbour of Small Mercies", "Tess Okonkwo", "composer"),
            ("Harbour of Small Mercies", "Tess Okonkwo", "performer"),
            ("Choir of Salt", "the Kestrel Street Singers", "performer"),
        ],
        albums=["The Salt Choir (Original Soundtrack)"],
        peaks=[
            ("Harbour of Small Mercies", 41, "other:ARIA Singles Chart"),
            ("The Salt Choir (Original Soundtrack)", 3, "other:ARIA Albums Chart"),
        ],
        certs=[("The Salt Choir (Original Soundtrack)", "gold", 1, "aria")],
        places=["Port Fairy", "Cape Bridgewater"],
    ),
]
