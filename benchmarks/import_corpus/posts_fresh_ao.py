"""Round 22, set AO: twenty posts by a forty-second writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    # 1. A trade paper's short news item (US trade slang).
    post(
        "harborline-inks-saltmarsh-summer-masters-deal-ao",
        "wp_classic",
        "Harborline Inks Eight-Figure Deal for 'Saltmarsh Summer' Masters",
        [
            "NEW YORK &#8212; Harborline Music Group has acquired the master recordings and "
            "publishing tied to <em>Saltmarsh Summer</em>, the 1983 Dunmore Pictures "
            "coming-of-age pic, in the indie's second catalog buy of the quarter. Neither side "
            "would talk terms, but two sources close to the negotiation pegged the price north "
            "of $12 million.",
            "The crown jewel is \u201cLow Tide Radio,\u201d the jangly four-minute single from "
            "Boston quartet Kestrel Union that soundtracks the pic's much-parodied clam-shack "
            "montage. Frontman Donny Raskob penned it with keyboardist Lise Ferreira over a "
            "weekend in 1982; it climbed to No. 11 on the Billboard Hot 100 that October, and "
            "the RIAA certified it gold the following spring.",
            "Also in the package: the soundtrack LP, <em>Music From Saltmarsh Summer</em>, which "
            "peaked at No. 38 on the Billboard 200, and the closing-credits ballad "
            "\u201cTwo Lanterns,\u201d another Raskob tune, sung by Corinne Vasko, which never charted but has "
            "quietly racked up 90 million streams since a 2021 skincare ad lifted it.",
            "Helmer Abe Castellano lensed the pic in Wellfleet, Mass., during the summer of "
            "1982, decamping to the Chatham Fish Pier for the montage itself &#8212; though the "
            "script sets the whole thing in a fictional Maine lobster town called Port Ellery. "
            "Leads Gina Falcone and Teddy Marsh, both 19 at the time, reunited for a "
            "40th-anniversary panel in Provincetown last June.",
            "\u201cThat montage has been memed to death, and we think that's a feature, not a "
            "bug,\u201d Harborline CEO Maureen Adeyemi told <em>Trade Sheet</em>. \u201cThe "
            "song is doing a million streams a week with zero marketing behind it. Imagine what "
            "it does with some.\u201d Adeyemi said a remastered vinyl pressing is slated for "
            "next summer and that sync pitching has already begun; a Super Bowl spot is said to "
            "be in play.",
            "The seller is the Raskob family trust, which had controlled the masters since "
            "Dunmore folded in 1991. Attorney Phil Sandoval of Sandoval Kline repped the trust; "
            "Harborline was advised by in-house counsel.",
            "The montage clip, uploaded by a fan in 2009 and embedded below, has logged some 40 "
            "million views.",
            "Harborline's previous purchase, the 400-title catalog of Nashville's Pinecone "
            "Records, closed in March.",
        ],
        video="yt:Qm4vT9_kLe2",
        film=("Saltmarsh Summer", 1983),
        tracks=["Low Tide Radio", "Two Lanterns"],
        people=[
            ("Low Tide Radio", "Kestrel Union", "performer"),
            ("Low Tide Radio", "Donny Raskob", "composer"),
            ("Low Tide Radio", "Lise Ferreira", "composer"),
            ("Two Lanterns", "Donny Raskob", "composer"),
            ("Two Lanterns", "Corinne Vasko", "performer"),
        ],
        albums=["Music From Saltmarsh Summer"],
        peaks=[
            ("Low Tide Radio", 11, "billboard_hot_100"),
            ("Music From Saltmarsh Summer", 38, "billboard_200"),
        ],
        certs=[("Low Tide Radio", "gold", 1, "riaa")],
        places=["Wellfleet", "Chatham Fish Pier"],
    ),
    # 2. A studio press release for an anniversary re-release (British).
    post(
        "copperhead-lane-anniversary-restoration-ao",
        "gutenberg",
        "Copperhead Lane returns: 25th anniversary 4K restoration in cinemas this October",
        [
            "<strong>FOR IMMEDIATE RELEASE</strong> &#8212; London, 4 August 2020",
            "Albion Fold Pictures is delighted to announce that <em>Copperhead Lane</em> "
            "(1995), the much-loved musical comedy-drama from director Rosalind Achebe-Hart, "
            "will return to UK and Irish cinemas on 9 October in a brand-new 4K restoration "
            "supervised by its original cinematographer, Desmond Pike BSC, to mark the film's "
            "25th anniversary.",
            "Set over a single sweltering weekend in 1950s Wolverhampton, the film follows "
            "three generations of the Dunmore family as they prepare for the street party that "
            "will decide whether their terrace survives the council's bulldozers. It was, in "
            "fact, shot almost entirely in Manchester: the red-brick streets of Ancoats doubled "
            "for the Black Country throughout, and the street-party finale was staged in the "
            "shadow of Murrays' Mills on Redhill Street, then still derelict.",
            "H: The music",
            "At the heart of the film sits that finale, a seven-minute single-take number built "
            "around \u2018Sixpence on the Wire\u2019. The song was written by the film's "
            "composer, Hector Vayle, and sung by Mabel Okafor, a 22-year-old newcomer "
            "discovered at an open audition in Birmingham. Released as a single in June 1995, "
            "it spent three weeks at number four on the UK Singles Chart, went one better "
            "still in Ireland, reaching number two on the Irish Singles Chart, and earned a "
            "silver disc from the BPI.",
            "The accompanying album, <em>Songs from Copperhead Lane</em>, reached number nine "
            "on the UK Albums Chart and has since been certified double platinum by the BPI. "
            "It also features Vayle's \u2018Gasworks Lullaby\u2019, performed by the Pell "
            "Street Tallymen, the colliery-style brass band whose rooftop sequence was filmed "
            "at Middleport Pottery in Burslem.",
            "\u201cWe have waited a long time to give this film the home it deserves,\u201d "
            "said Albion Fold managing director Priya Lockhart. \u201cA whole generation knows "
            "every word of that finale without ever having seen it on a big screen. On 9 "
            "October, they can.\u201d",
            "The anniversary release will be accompanied by:",
            "LIST: A new 4K DCP and Dolby Atmos remix, premiering at BFI Southbank on 2 October "
            "| A Q&amp;A tour with Rosalind Achebe-Hart and members of the cast, visiting "
            "twelve cities | A 4K UHD and Blu-ray collector's edition, available from 23 "
            "November | A limited vinyl reissue of Songs from Copperhead Lane, pressed on "
            "copper-coloured vinyl",
            "H: Notes to editors",
            "Albion Fold Pictures was founded in Soho in 1987 and holds a library of more than "
            "140 British features. Stills, trailer and restoration comparison clips are "
            "available on request. Press contact: Hannah Oduya, press@albionfold.example.",
        ],
        video="vimeo:348812076",
        film=("Copperhead Lane", 1995),
        tracks=["Sixpence on the Wire", "Gasworks Lullaby"],
        people=[
            ("Sixpence on the Wire", "Hector Vayle", "composer"),
            ("Sixpence on the Wire", "Mabel Okafor", "performer"),
            ("Gasworks Lullaby", "Hector Vayle", "composer"),
            ("Gasworks Lullaby", "Pell Street Tallymen", "performer"),
        ],
        albums=["Songs from Copperhead Lane"],
        peaks=[
            ("Sixpence on the Wire", 4, "uk_singles"),
            ("Sixpence on the Wire", 2, "other:Irish Singles Chart"),
            ("Songs from Copperhead Lane", 9, "uk_albums"),
        ],
        certs=[
            ("Sixpence on the Wire", "silver", 1, "bpi"),
            ("Songs from Copperhead Lane", "platinum", 2, "bpi"),
        ],
        places=["Ancoats", "Murrays' Mills", "Middleport Pottery"],
        stood=[("Ancoats", "the Black Country")],
    ),
    # 3. An encyclopedia-style article with Production and Music sections.
    post(
        "the-gull-road-australian-road-film-ao",
        "hugo",
        "The Gull Road",
        [
            "<em>The Gull Road</em> is a 1971 Australian road drama film directed by Kenneth "
            "Varga and starring Hazel Dunstan, Mick Oliphant and Peter Szabo. Set largely in "
            "the fictional opal town of Burra Wells, it follows two sisters driving their late "
            "father's Holden from Adelaide to Darwin. It is remembered chiefly for an "
            "eleven-minute, dialogue-free montage of the drive north and for the song that "
            "accompanies it.",
            "H: Production",
            "Varga, a former cameraman with the Commonwealth Film Unit, wrote the screenplay in "
            "1969 after reading a newspaper account of a similar journey. Principal photography "
            "began in May 1970 at Port Augusta, where the crew was based for three weeks, "
            "before moving north into the Flinders Ranges. The montage was assembled largely "
            "from footage shot at Wilpena Pound and along the Oodnadatta Track, much of it by "
            "a second unit working without permits.",
            "The final third of the film was shot in Coober Pedy, which doubled as a Nevada "
            "silver-mining town in the younger sister's dream sequence. Varga later said the "
            'dugout homes there saved the production "about a month of set-building". '
            "The shoot ran eleven days over schedule, and the film's original producer, "
            "Alan Prothero, left the project before its completion.",
            "H: Music",
            "The score was composed by Ilse Marchbank, a Vienna-born pianist then teaching at "
            'the Elder Conservatorium, whose solo piano theme "Wilpena Morning" recurs '
            "throughout the film; she played it herself on the recording. The montage, "
            'however, is set to "Red Dust Hymnal", a song by the Adelaide folk-rock group '
            "the Carnaby Drovers, written by the band's guitarists Terry Mulcahy and Jean "
            "Aldous. Varga had originally cut the sequence to an unfinished Drovers demo, "
            '"Salt Pan Serenade", which the band declined to complete.',
            'Issued as a single by Kookaburra Records, "Red Dust Hymnal" peaked at number 2 '
            "on the Go-Set National Top 40 in October 1971; the retrospective Kent Music "
            "Report, compiled in 1993, places it at number 4. It was also a minor hit in "
            "Canada, reaching number 38 on the RPM 100.",
            "A soundtrack album, <em>Songs for the Gull Road</em>, combining Marchbank's cues "
            "with four Drovers songs, reached number 11 on the Go-Set Top 20 Albums chart. "
            "Following its 2001 CD reissue it was certified gold by ARIA.",
            "H: Reception",
            'Contemporary reviews were mixed; <em>The Bulletin</em> called it "a postcard '
            'with pretensions". Its reputation grew after a 1988 television screening, and '
            "it was restored by the National Film and Sound Archive in 2012.",
        ],
        video="yt:d8RwXa0pN3c",
        film=("The Gull Road", 1971),
        tracks=["Wilpena Morning", "Red Dust Hymnal"],
        people=[
            ("Wilpena Morning", "Ilse Marchbank", "composer"),
            ("Wilpena Morning", "Ilse Marchbank", "performer"),
            ("Red Dust Hymnal", "Carnaby Drovers", "performer"),
            ("Red Dust Hymnal", "Terry Mulcahy", "composer"),
            ("Red Dust Hymnal", "Jean Aldous", "composer"),
        ],
        albums=["Songs for the Gull Road"],
        peaks=[
            ("Red Dust Hymnal", 2, "other:Go-Set National Top 40"),
            ("Red Dust Hymnal", 4, "australia_kent"),
            ("Red Dust Hymnal", 38, "canada_rpm"),
            ("Songs for the Gull Road", 11, "other:Go-Set Top 20 Albums"),
        ],
        certs=[("Songs for the Gull Road", "gold", 1, "aria")],
        places=["Port Augusta", "Wilpena Pound", "Oodnadatta Track", "Coober Pedy"],
        stood=[("Coober Pedy", "a Nevada silver-mining town")],
    ),
    # 4. A record label's catalogue page.
    post(
        "blue-moth-motel-songs-from-the-film-reissue-ao",
        "squarespace",
        "FHR-041 \u2014 Blue Moth Motel: Songs from the Film (20th Anniversary Edition)",
        [
            "Fernhollow Records &middot; Catalogue &middot; Reissues",
            "Twenty years on, the soundtrack that launched a thousand road trips is back: cut "
            "from the original half-inch masters at our own cutting room in Louisville and "
            "pressed on 180g \u201cmoth-wing\u201d smoke vinyl.",
            "Cora Lindqvist's lo-fi desert drama <em>Blue Moth Motel</em> (2004) was shot over "
            "23 days in and around Marfa, Texas, on a budget smaller than most music videos. "
            "Its centrepiece &#8212; the ice-machine montage, you know the one &#8212; is set "
            "to \u201cPorchlight Semaphore\u201d by the Vellum Saints, written by their singer "
            "Jesse Harkavy in the back of a van somewhere outside Amarillo.",
            "When the original CD appeared on the old Fernhollow imprint in 2004, <em>Blue "
            "Moth Motel: Songs from the Film</em> got as high as No. 14 on Billboard's "
            "Soundtracks chart, which, for a label then run out of a converted tack shop, was "
            "nothing short of miraculous.",
            "H: Tracklist",
            "LIST: A1. Porchlight Semaphore \u2014 The Vellum Saints | A2. Hollow Tooth \u2014 "
            "Dara Quist | A3. Ice Machine Waltz \u2014 The Vellum Saints | B1. Vacancy Sign "
            "\u2014 Marlowe Penn | B2. Cinder Blocks (Live at the Lost Horse) \u2014 Dara Quist "
            "| B3. Blue Moth (Main Title) \u2014 Oren Castellanos",
            "Oren Castellanos composed and played the film's score on a detuned pump organ he "
            "found in a Fort Davis junk shop; his main title closes side B, as it closes the "
            "film. New to this edition: liner notes by Lindqvist, and a fold-out map of the "
            "shoot drawn by the film's production designer.",
            "A note for completists: \u201cStarlight Vacancy\u201d, the Marlowe Penn demo that "
            "Lindqvist originally cut the motel-pool scene to, was left off the 2004 release at "
            "Penn's request and remains unreleased. Please stop emailing us about it.",
            "H: Formats",
            "LIST: LP \u2014 FHR-041LP \u2014 180g smoke vinyl, gatefold, 12-page booklet "
            "\u2014 $32 | CD \u2014 FHR-041CD \u2014 six-panel digipak \u2014 $15 | Cassette "
            "\u2014 FHR-041MC \u2014 limited to 300, moth-grey shell \u2014 $11 | Digital "
            "\u2014 24-bit/96kHz \u2014 $10",
            "Ships the week of 14 June. All pre-orders include a signed A4 print of the motel "
            "sign, while they last.",
        ],
        video="vimeo:512907334",
        film=("Blue Moth Motel", 2004),
        tracks=[
            "Porchlight Semaphore",
            "Hollow Tooth",
            "Ice Machine Waltz",
            "Vacancy Sign",
            "Cinder Blocks (Live at the Lost Horse)",
            "Blue Moth (Main Title)",
        ],
        people=[
            ("Porchlight Semaphore", "Vellum Saints", "performer"),
            ("Porchlight Semaphore", "Jesse Harkavy", "composer"),
            ("Hollow Tooth", "Dara Quist", "performer"),
            ("Ice Machine Waltz", "Vellum Saints", "performer"),
            ("Vacancy Sign", "Marlowe Penn", "performer"),
            ("Cinder Blocks (Live at the Lost Horse)", "Dara Quist", "performer"),
            ("Blue Moth (Main Title)", "Oren Castellanos", "composer"),
            ("Blue Moth (Main Title)", "Oren Castellanos", "performer"),
        ],
        albums=["Blue Moth Motel: Songs from the Film"],
        peaks=[("Blue Moth Motel: Songs from the Film", 14, "billboard_soundtracks")],
        places=["Marfa"],
    ),
    # 5. A composer's obituary (Irish newsletter writer).
    post(
        "mairead-coyle-obituary-the-long-field-ao",
        "substack",
        "Mair\u00e9ad Coyle, 1938\u20132024: the woman who wrote the sound of a harvest",
        [
            "Mair\u00e9ad Coyle, who died at her home in Lahinch on Tuesday at the age of 86, "
            "was the kind of composer whose tunes people hum without the faintest notion of "
            "where they came from. She'd have liked that, I think. She once told me, over a "
            "pot of tea gone stone cold, that the best thing a film song could do was \u201cget "
            "up and leave the cinema on its own two legs.\u201d",
            "Born in Ennistymon in 1938, the youngest of seven, she trained at the Royal Irish "
            "Academy of Music and spent the sixties writing jingles and incidental music for "
            "radio, most of it, by her own account, \u201cabout butter.\u201d",
            "Her break came with <em>The Long Field</em>, Tadhg Brennan's 1974 film about a "
            "Clare farming family's last summer before emigration. For its harvest montage "
            "&#8212; four wordless minutes of scythes, hay cocks and low gold light &#8212; she "
            "wrote \u2018Barley for the Ferryman\u2019, and she gave it not to a star but to "
            "Ravelling Strand, a four-piece from Tuam who were playing pubs for beer money at "
            "the time.",
            "Brennan shot most of the picture on Inis O\u00edrr, which stood in for an unnamed "
            "Hebridean island (the script was nominally Scottish; so was half the money), but "
            "the harvest itself was filmed in the fields above Doolin, close enough to her own "
            "childhood that she claimed to recognise a particular stone wall.",
            "What happened next still seems faintly absurd. The single went to number one on "
            "the Irish Singles Chart that autumn and sat there for five weeks. In Britain it "
            "managed a perfectly respectable number 23, and at home IRMA handed Ravelling Strand "
            "a gold disc, which the drummer later sold. In the Netherlands, for reasons nobody "
            "could ever explain to her, it became a wedding standard. She was paid, she said, "
            "\u201cenough for a new roof and not a slate more.\u201d",
            "She never wrote another hit, and insisted she never tried. There were scores for "
            "two more Brennan films, a string quartet premiered at Kilkenny in 1983, a "
            "children's opera that toured every parish hall in Munster, and forty years of "
            "teaching piano to the daughters and sons of people who had first heard her music "
            "at the Ennis cinema in 1974.",
            "I last saw her in March. She was sharp as ever, and furious about a car advert "
            "that had used her song without asking (\u201cthey asked the record company, which "
            "is not the same thing at all\u201d). Below is that montage, the version she "
            "liked best, with the original mono mix.",
            "She is survived by her husband, the sculptor Piaras \u00d3 D\u00e1laigh, two "
            "daughters and five grandchildren. Ar dheis D\u00e9 go raibh a hanam.",
        ],
        video="vimeo:90412557",
        film=("The Long Field", 1974),
        tracks=["Barley for the Ferryman"],
        people=[
            ("Barley for the Ferryman", "Mair\u00e9ad Coyle", "composer"),
            ("Barley for the Ferryman", "Ravelling Strand", "performer"),
        ],
        peaks=[
            ("Barley for the Ferryman", 1, "other:Irish Singles Chart"),
            ("Barley for the Ferryman", 23, "uk_singles"),
        ],
        certs=[("Barley for the Ferryman", "gold", 1, "other")],
        places=["Inis O\u00edrr", "Doolin"],
        stood=[("Inis O\u00edrr", "an unnamed Hebridean island")],
    ),
    # 6. A pub-quiz trivia sheet with answers (English pub).
    post(
        "feathers-quiz-round-four-kiss-me-quick-kenneth-ao",
        "blogger",
        "Thursday Quiz at the Feathers \u2014 Round 4 (Film and Music) WITH ANSWERS",
        [
            "As promised, here's last Thursday's film-and-music round for everyone who asked "
            "(looking at you, table six, a.k.a. The Quizteama Aguileras). Deano set this one, "
            "so any complaints go to him. The whole round was about a single film: the 1978 "
            "seaside romp <em>Kiss Me Quick, Kenneth</em>. The clip of the big number is below "
            "if you want to relive the pain.",
            "H: Questions",
            "1. Kenneth's dance-off on the pier is set to which song?",
            "2. Which band performed it?",
            "3. Who wrote it? (Half a point for the surname.)",
            "4. On which pier was the dance-off filmed?",
            "5. What was the single's highest position on the UK singles chart?",
            "6. It did even better in West Germany. How high did it get on the Media Control "
            "chart?",
            "7. Which Morecambe hotel stood in for a Monte Carlo casino in the final reel?",
            "8. True or false: the soundtrack LP made the UK album top 30.",
            "9. What colour disc did the BPI award the single?",
            "10. Tiebreaker: how many sticks of rock did the props department get through?",
            "H: Answers",
            "1. &#8216;Candyfloss Cathedral&#8217;. NOT &#8216;Wish You Were Here, "
            "Mavis&#8217;, which was the song in the script &#8212; the producers couldn't "
            "clear it so it got binned. Four teams put Mavis. Four!",
            "2. Gorse and the Lobster Pots (we accepted \u201cthe Lobster Pots\u201d).",
            "3. Trevor Mould. He's also the bus conductor in the opening scene, which feels "
            "like cheating.",
            "4. Central Pier, Blackpool. Not North Pier. There was a row about this. Deano has "
            "checked. It's the Central.",
            "5. Number 7.",
            "6. Number 18 &#8212; the Germans loved it, don't ask us why.",
            "7. The Midland Hotel. Exteriors only, mind: the casino interior was a set built "
            "at Elstree Studios.",
            "8. False. The soundtrack album (never had a proper title &#8212; the sleeve just "
            "says the film's name in pink) stalled at number 31. Harsh but fair.",
            "9. Silver.",
            "10. 1,140, according to a 1977 piece in the local paper. Table two said 1,000 "
            "and won a bottle of rosé for their trouble.",
            "BONUS (nobody got it): the song Kenneth croons in the bath at the boarding house "
            "is &#8216;Lather Me Lovely&#8217;, and that really is Ronnie Tasker singing it, "
            "not a dubbed voice.",
            "Scores on the doors: table four (\u201cLet's Get Quizzical\u201d) won with 41, "
            "table six came last with 19. Next week: famous dogs, and a music round made up "
            "entirely of Eurovision losers. God help us all.",
        ],
        video="yt:K7_hbLz2uQo",
        film=("Kiss Me Quick, Kenneth", 1978),
        tracks=["Candyfloss Cathedral", "Lather Me Lovely"],
        people=[
            ("Candyfloss Cathedral", "Gorse and the Lobster Pots", "performer"),
            ("Candyfloss Cathedral", "Trevor Mould", "composer"),
            ("Lather Me Lovely", "Ronnie Tasker", "performer"),
        ],
        albums=["Kiss Me Quick, Kenneth soundtrack"],
        peaks=[
            ("Candyfloss Cathedral", 7, "uk_singles"),
            ("Candyfloss Cathedral", 18, "germany_media_control"),
            ("Kiss Me Quick, Kenneth soundtrack", 31, "uk_albums"),
        ],
        certs=[("Candyfloss Cathedral", "silver", 1, "bpi")],
        places=["Central Pier", "Midland Hotel", "Elstree Studios"],
        stood=[("Midland Hotel", "a Monte Carlo casino")],
    ),
    # 7. A film-studies course handout (American university).
    post(
        "film-course-week-nine-overpass-hymn-handout-ao",
        "medium",
        "FMS 214, Week 9 Handout: The Pop Montage and the Overpass",
        [
            "<strong>Film &amp; Media Studies 214: Music, Image, Time</strong> &#183; Prof. "
            "L. Okonjo-Reyes &#183; Spring 2023",
            "This week's screening is <em>Overpass Hymn</em> (dir. Carla Minty, 1991, 104 "
            "min.). Please watch the full film on library reserve before Thursday. The "
            "montage (reel 4, roughly 58:10 to 61:40) is embedded below for close analysis; "
            "watch it at least three times, once with the sound off.",
            "H: Learning objectives",
            "LIST: Distinguish diegetic, non-diegetic and \u201cmeta-diegetic\u201d music in a "
            "montage | Describe how a pop song's structure (verse, pre-chorus, chorus, bridge) "
            "can dictate cutting rhythm | Explain how editing and framing \u201cfalsify\u201d "
            "geography",
            "H: Context",
            "Minty's film follows two sisters from Detroit across one night after their "
            "father's funeral, but it was shot almost entirely in Los Angeles. The overpass of "
            "the title is in fact the Sixth Street Viaduct, which plays a Detroit freeway "
            "overpass; note how carefully the camera keeps the downtown LA skyline out of frame. "
            "The short funicular ride at the montage's midpoint was filmed on Angels Flight, "
            "which had been closed to the public for two decades (it reopened in 1996). And "
            "the cavernous waiting room of the opening and closing shots is Union Station, "
            "standing in for Detroit's Michigan Central Station. Ask "
            "yourself: what does a viewer who knows Los Angeles experience here?",
            "H: The song",
            "The montage plays, uncut, over \u201cGhosts in the Carwash\u201d by the "
            "Minneapolis band Velveteen Harrow. Their singer, Nia Beaumont, wrote it. Released "
            "as a single, it reached No. 22 on Billboard's Mainstream Rock chart; it never "
            "crossed over to the Hot 100, which Minty has said \u201ckept it ours.\u201d",
            "Either side of the song, listen for the score cue \u201cConcrete Psalm\u201d, "
            "composed by Wendell Oyelaran, whose low brass drone bleeds into the song's intro "
            "and back out of its final chord. This is what we will call a sound bridge. Minty "
            "reportedly considered an orchestral arrangement of the song for the whole "
            "sequence and rejected it at the mix.",
            "H: Shot breakdown, first chorus",
            "LIST: 0:00\u20130:07 \u2014 CU, hands on wheel; cut lands on snare | "
            "0:07\u20130:15 \u2014 WS, viaduct arches at dusk; held through the pre-chorus | "
            "0:15\u20130:19 \u2014 MCU, younger sister, looking back; jump cut on the vocal "
            "entry | 0:19\u20130:31 \u2014 tracking shot, funicular car ascending; no cuts "
            "for twelve seconds",
            "H: Discussion questions",
            "1. Where does the cutting follow the song, and where does it resist it? 2. Is the "
            "song the sisters' music or Minty's? What evidence would you use? 3. How does the "
            "sound bridge change your sense of where the montage begins?",
            "Reading: Claudia Gorbman, <em>Unheard Melodies</em> (1987), chapter 1, and the "
            "Minty interview in the course reader (pp. 88\u201397). Response papers (500 "
            "words) are due Monday by 5 p.m.",
        ],
        video="yt:rT3m-V0aPx9",
        film=("Overpass Hymn", 1991),
        tracks=["Ghosts in the Carwash", "Concrete Psalm"],
        people=[
            ("Ghosts in the Carwash", "Velveteen Harrow", "performer"),
            ("Ghosts in the Carwash", "Nia Beaumont", "composer"),
            ("Concrete Psalm", "Wendell Oyelaran", "composer"),
        ],
        peaks=[("Ghosts in the Carwash", 22, "billboard_mainstream_rock")],
        places=["Sixth Street Viaduct", "Angels Flight", "Union Station"],
        stood=[
            ("Sixth Street Viaduct", "a Detroit freeway overpass"),
            ("Union Station", "Detroit's Michigan Central Station"),
        ],
    ),
    # 8. A box-set booklet essay (Scottish critic, reposted to a newsletter).
    post(
        "radiogram-kiss-signals-box-set-essay-ao",
        "substack",
        "\u2018Radiogram Kiss\u2019 and the roller rink that wasn't: my essay for the Signals box",
        [
            "<em>This is the essay I wrote for the booklet of Signals 1983\u20131989, the new "
            "Lowland Registers box set, reproduced here with the label's kind permission. The "
            "booklet has photographs. This has one video, which is more than the booklet "
            "managed.</em>",
            "It is hard, now, to explain how inescapable \u2018Radiogram Kiss\u2019 was in "
            "the summer of 1986. It came out of a tenement flat on the Perth Road, where "
            "Fenella Quayle and Rab Ogilvie wrote it on a Casio and a borrowed twelve-string "
            "in, by Fenella's reckoning, forty minutes. The Lowland Registers had been going "
            "three years and had one John Peel session and a van with no reverse gear to show "
            "for it.",
            "Then came <em>Satellite Heart</em>. Jonah Kessler's teen romance, set in a New "
            "Jersey suburb none of the band had ever seen, needed a song for its roller-disco "
            "montage, and Kessler's music supervisor heard a Registers cassette in the back of "
            "a Soho taxi. The montage was not filmed in New Jersey at all but at Alexandra "
            "Palace, whose old roller rink stood in for a Paramus skating palace with the help "
            "of some American number plates and a great deal of dry ice. Fenella is in it, for "
            "about a second and a half, eating a hot dog.",
            "The numbers are worth setting down, because nobody believes them now. At home the "
            "single peaked at number 3 and went gold. America took it to 17 on the Hot 100. "
            "Canada was kinder still: a number 9 on the RPM chart, and a gold record there too, "
            "from the body we now call Music Canada. In Australia it reached 12 on the Kent "
            "Music Report; in West Germany, 24 on the Media Control chart.",
            "The parent album, <em>Heartland Static</em>, rode the wave to number 5 on the UK "
            "Albums Chart and 41 on the Billboard 200, and the BPI eventually certified it "
            "double platinum. The film's own soundtrack LP, a various-artists affair with a "
            "sleeve the band loathed, scraped to 62 on the Billboard 200 and is another story "
            "for another essay. It does, at least, also carry \u2018Cold Frame\u2019, the "
            "Registers song that plays over the end credits while the usher sweeps up popcorn.",
            "What the numbers do not capture is the peculiar loneliness of the thing. Rab "
            "always said that the song was about a radiogram in his gran's front room in "
            "Lochee, and a kiss he did not get, and that it had taken an American film to "
            "make it sound like a kiss he did. I think he was right, and I think that is why "
            "it lasts.",
            "Disc two of the box has the original cassette demo, the one from the taxi. It is "
            "slower and sadder and better. Listen to it last.",
        ],
        video="yt:Zb1eWq7nHs4",
        film=("Satellite Heart", 1986),
        tracks=["Radiogram Kiss", "Cold Frame"],
        people=[
            ("Radiogram Kiss", "Lowland Registers", "performer"),
            ("Radiogram Kiss", "Fenella Quayle", "composer"),
            ("Radiogram Kiss", "Rab Ogilvie", "composer"),
            ("Cold Frame", "Lowland Registers", "performer"),
        ],
        albums=["Heartland Static", "Satellite Heart soundtrack"],
        peaks=[
            ("Radiogram Kiss", 3, "uk_singles"),
            ("Radiogram Kiss", 17, "billboard_hot_100"),
            ("Radiogram Kiss", 9, "canada_rpm"),
            ("Radiogram Kiss", 12, "australia_kent"),
            ("Radiogram Kiss", 24, "germany_media_control"),
            ("Heartland Static", 5, "uk_albums"),
            ("Heartland Static", 41, "billboard_200"),
            ("Satellite Heart soundtrack", 62, "billboard_200"),
        ],
        certs=[
            ("Radiogram Kiss", "gold", 1, "bpi"),
            ("Radiogram Kiss", "gold", 1, "music_canada"),
            ("Heartland Static", "platinum", 2, "bpi"),
        ],
        places=["Alexandra Palace"],
        stood=[("Alexandra Palace", "a Paramus skating palace")],
    ),
    # 9. A "fact check" of a popular myth about the film (British fact-checker).
    post(
        "fact-check-gannet-rock-montage-cornwall-ao",
        "ghost",
        "Fact check: Was the Gannet Rock clifftop montage filmed in Cornwall, and did Rhys "
        "Tamblyn really sing?",
        [
            "<strong>CLAIM:</strong> A post shared more than 30,000 times on Facebook says the "
            "famous clifftop montage in the 1998 film <em>Gannet Rock</em> was filmed in "
            "Cornwall, that its star Rhys Tamblyn sang the song himself, and that the song "
            "went to number one.",
            "<strong>VERDICT:</strong> Mostly false.",
            "The post has circulated since at least 2017 and resurfaced last week after Tamblyn "
            "appeared on a television baking contest. It makes three separate claims, so we "
            "looked at each in turn.",
            "H: \u201cFilmed in Cornwall\u201d",
            "The film is set in Cornwall, in a fictional fishing village called St Elwyn, which "
            "is probably where the confusion starts. But the montage was not shot there. The "
            "production's call sheets, which we obtained from a former crew member, show the "
            "sequence was filmed over four days in May 1997 at Stackpole Quay and neighbouring "
            "Barafundle Bay in Pembrokeshire, both of which doubled for the north Cornish "
            "coast. The National Trust, which looks after both sites, confirmed the dates to "
            "us.",
            "H: \u201cTamblyn sang it himself\u201d",
            "He did not. The vocal on \u201cHalfway to Lundy\u201d belongs to the session "
            "singer Carys Maddox, then 24, who was paid a flat fee and is not credited on "
            "screen. The song was written by Owain Lusk, who also scored the film. Tamblyn "
            "mimes throughout, and told a Welsh radio interviewer in 2003: \u201cI couldn't "
            "carry a tune in a bucket.\u201d",
            "H: \u201cIt went to number one\u201d",
            "Also false. \u201cHalfway to Lundy\u201d peaked at number six on the UK Singles "
            "Chart in August 1998, and was certified silver by the BPI. It did not chart in "
            "the United States at all (Ireland was kinder, with a peak of 14 on the Irish "
            "Singles Chart), despite the post's claim of a \u201cworldwide number "
            "one\u201d. Lundy, for the record, is an island in the Bristol Channel that "
            "appears in neither the montage nor the film.",
            "We contacted the author of the Facebook post, who said they had \u201cread it "
            "somewhere years ago\u201d and would not be removing it.",
            "H: Our ruling",
            "Mostly false. The montage was filmed in Wales, not Cornwall; the voice is Carys "
            "Maddox's, not Rhys Tamblyn's; and the song reached number six, not number one. "
            "The only part of the claim that holds up is that the song is, as the post puts "
            "it, \u201can absolute tearjerker\u201d, which is a matter of opinion and not "
            "something we rate.",
        ],
        video="vimeo:227650981",
        film=("Gannet Rock", 1998),
        tracks=["Halfway to Lundy"],
        people=[
            ("Halfway to Lundy", "Carys Maddox", "performer"),
            ("Halfway to Lundy", "Owain Lusk", "composer"),
        ],
        peaks=[
            ("Halfway to Lundy", 6, "uk_singles"),
            ("Halfway to Lundy", 14, "other:Irish Singles Chart"),
        ],
        certs=[("Halfway to Lundy", "silver", 1, "bpi")],
        places=["Stackpole Quay", "Barafundle Bay"],
        stood=[
            ("Stackpole Quay", "the north Cornish coast"),
            ("Barafundle Bay", "the north Cornish coast"),
        ],
    ),
    # 10. A screen tourism guide's itinerary (New Zealand).
    post(
        "southern-lights-express-five-day-itinerary-ao",
        "squarespace",
        "Five Days on the Southern Lights Express Trail: A Self-Drive Itinerary",
        [
            "More than twenty years after its release, <em>Southern Lights Express</em> (2003) "
            "still sends a steady stream of fans south with a playlist and a rental car. The "
            "road musical follows a Wellington busker chasing her runaway brother to the bottom "
            "of the South Island, and its big number, \u201cKettle Lake\u201d, is sung by "
            "Dunedin four-piece the Marram Fences and was written by their guitarist Callum "
            "Reid. It spent six weeks at number one on the Official New Zealand Music Chart and "
            "went triple platinum here; across the ditch it got as far as No. 15 on the ARIA "
            "Singles Chart. Watch the sequence above, then hit the road.",
            "H: Day 1 \u2014 Queenstown to Skippers Canyon",
            "Pick up your car in Queenstown and stay the night; the lakefront is lovely, if "
            "pricey. Next morning, head out to Skippers Canyon, where the song's first verse "
            "was filmed on the narrow, cliff-hugging road. Most rental insurance "
            "does NOT cover the Skippers road, so consider a guided 4WD tour instead.",
            "H: Day 2 \u2014 Arrowtown",
            "Twenty minutes away, the old stone huts of the Arrowtown Chinese Settlement played "
            "a Klondike mining camp in the film's dream sequence. Interpretive panels explain "
            "the real history of the site, which deserves more of your time than the movie "
            "does. Lunch on Buckingham Street, then the long drive north-east to Tekapo.",
            "H: Day 3 \u2014 Lake Tekapo",
            "Be up before dawn. The song's bridge, all lupins and pink sky, was shot outside "
            "the Church of the Good Shepherd. It is a working church, so keep quiet and keep "
            "off the lupins. Afterwards, soak in the hot pools (not in the film, but you have "
            "earned it).",
            "H: Day 4 \u2014 The coast",
            "Drive down to the coast via Fairlie, stopping for a pie at the famous bakery "
            "(compulsory, also not in the film). The final chorus was filmed at the Moeraki "
            "Boulders at low tide &#8212; check the tide tables, because at high water you "
            "will see about three of them.",
            "H: Day 5 \u2014 Dunedin",
            "Finish where the film starts. Dunedin Railway Station doubled as a Budapest "
            "terminus for the opening scene, and the ticket hall is unchanged. The Marram "
            "Fences still call Dunedin home and play the odd gig around town, so keep an eye "
            "on the posters.",
            "H: Good to know",
            "LIST: Total driving: roughly 750 km | Best months: November to March; the lupins "
            "peak in late November | Allow an extra day if the Skippers road is closed after "
            "rain | Drones need permission at most of these sites",
        ],
        video="yt:Fh2uy8GkT0w",
        film=("Southern Lights Express", 2003),
        tracks=["Kettle Lake"],
        people=[
            ("Kettle Lake", "Marram Fences", "performer"),
            ("Kettle Lake", "Callum Reid", "composer"),
        ],
        peaks=[
            ("Kettle Lake", 1, "other:Official New Zealand Music Chart"),
            ("Kettle Lake", 15, "other:ARIA Singles Chart"),
        ],
        certs=[("Kettle Lake", "platinum", 3, "other")],
        places=[
            "Skippers Canyon",
            "Arrowtown Chinese Settlement",
            "Church of the Good Shepherd",
            "Moeraki Boulders",
            "Dunedin Railway Station",
        ],
        stood=[
            ("Arrowtown Chinese Settlement", "a Klondike mining camp"),
            ("Dunedin Railway Station", "a Budapest terminus"),
        ],
    ),
    # 11. A broadcaster's programme notes (Canadian).
    post(
        "friday-night-classics-ice-road-serenade-ao",
        "jekyll",
        "Friday Night Classics: Ice Road Serenade (1982)",
        [
            "<strong>Friday, 9:00 p.m. ET (10:30 NT) &#183; 118 min. &#183; Rated PG &#183; "
            "Closed captioned &#183; Described video available</strong>",
            "There's no better cure for a February Friday than tonight's classic, the 1982 "
            "musical comedy <em>Ice Road Serenade</em>. Set in a Yukon mining town during the "
            "winter of 1958, it follows a down-on-its-luck Winnipeg dance band that accepts a "
            "booking three thousand kilometres from home, only to discover the town's dance "
            "hall burned down in the fall.",
            "Director Gilles Arsenault shot the film over a bitterly cold January in "
            "Drumheller, Alberta, which stands in for Dawson City in the exteriors; the "
            "climactic chase through the coal tipple was filmed at the Atlas Coal Mine, now a "
            "national historic site. Cast and crew have said the thermometer never once rose "
            "above minus twenty-five.",
            "The musical highlight is the curling-rink hoedown, set to \u201cHoarfrost "
            "Two-Step\u201d, played and sung by the Brandon Gales and written by the band's "
            "fiddler, Marjorie Kuzyk. It was a genuine hit that spring: number 4 on the RPM "
            "100, a chart-topper on the RPM Country Tracks chart, and a gold single in Canada "
            "(certified by the CRIA, the body now known as Music Canada). The band, who had "
            "never acted before, play themselves under different names. The tune later "
            "anchored their LP <em>Snowbound Ballroom</em>, which went to number 22 on "
            "the RPM Top Albums chart.",
            "Look out for a young Denise Ferland as the postmistress; she would go on to a "
            "long career on stage at Stratford. And yes, the moose was real.",
            "<em>Viewer advisory: contains period attitudes and language, and one scene of a "
            "moose in peril.</em>",
            "Stay with us after the film for <em>Reel Talk</em> at 11:05 p.m., when host "
            "Andrew Yip speaks with Marjorie Kuzyk about writing a hit at a kitchen table in "
            "Brandon, Manitoba.",
            "Next week on Friday Night Classics: <em>The Magpie Hour</em> (1977).",
        ],
        video="yt:mN0p_c4VxJe",
        film=("Ice Road Serenade", 1982),
        tracks=["Hoarfrost Two-Step"],
        people=[
            ("Hoarfrost Two-Step", "Brandon Gales", "performer"),
            ("Hoarfrost Two-Step", "Marjorie Kuzyk", "composer"),
        ],
        peaks=[
            ("Hoarfrost Two-Step", 4, "canada_rpm"),
            ("Hoarfrost Two-Step", 1, "other:RPM Country Tracks"),
            ("Snowbound Ballroom", 22, "other:RPM Top Albums"),
        ],
        albums=["Snowbound Ballroom"],
        certs=[("Hoarfrost Two-Step", "gold", 1, "music_canada")],
        places=["Drumheller", "Atlas Coal Mine"],
        stood=[("Drumheller", "Dawson City")],
    ),
    # 12. A cinema chain's members' newsletter (Australian).
    post(
        "starlite-members-june-cassowary-waltz-ao",
        "gutenberg",
        "Starlite Members' Club \u2014 June Bulletin",
        [
            "G'day members! Winter's finally here, the heaters are on in every auditorium, "
            "and we've got a bumper month lined up.",
            "H: Classics Club is back: The Cassowary Waltz (2009)",
            "Our Sunday Classics Club returns for winter with a proper crowd-pleaser: Lachlan "
            "Petrie's 2009 musical comedy <em>The Cassowary Waltz</em>, screening Sunday 16 "
            "June at 2pm at all Queensland Starlite sites. If you've somehow missed it, a "
            "Melbourne accountant (Sophie Ng, brilliant) inherits a failing banana farm outside "
            "Tully and a very territorial bird. Yes, the cassowary dances. No, it wasn't real.",
            "Petrie filmed up on the Atherton Tablelands around Kuranda, and the big "
            "song-and-dance number was staged at the lookout over Barron Falls in the wet "
            "season, when the falls are at their thunderous best. That number is "
            "<em>Mango Season Mambo</em>, performed by Cairns outfit the Tablelands Fever; "
            "their bass player, Rosie Tjandra, wrote it. It went to No. 6 on the ARIA Singles "
            "Chart in 2009 and ARIA certified it platinum. Not bad for a song about fruit. "
            "Sophie Ng does her own singing in the closing number, <em>Wet Season "
            "Wedding</em>, and the soundtrack album (no fancy title, just the film's) got to "
            "No. 4 on the ARIA Albums Chart. Have a squiz at the clip below, then come and "
            "sing along (quietly, please, Row F).",
            "Members' price is $9 with your card, and Gold members get a free small popcorn "
            "with every Classics Club ticket.",
            "H: Also this month",
            "LIST: Double points every Tuesday | School holiday kids' program from 29 June, "
            "$7 tickets | Our Toowong cinema closes for refurbishment 1\u201314 July (new "
            "recliners!) | Choc tops half price for Gold members on Wednesdays",
            "H: Member of the month",
            "Congratulations to Bev from Mackay, who has seen 212 films with us since joining "
            "in 2014 and who tells us her favourite is still <em>The Cassowary Waltz</em>. "
            "Bev, there's a double pass waiting for you at the candy bar.",
            "See you at the movies!",
            "<em>The Starlite Team</em>",
        ],
        video="vimeo:675310842",
        film=("The Cassowary Waltz", 2009),
        tracks=["Mango Season Mambo", "Wet Season Wedding"],
        people=[
            ("Mango Season Mambo", "Tablelands Fever", "performer"),
            ("Mango Season Mambo", "Rosie Tjandra", "composer"),
            ("Wet Season Wedding", "Sophie Ng", "performer"),
        ],
        albums=["The Cassowary Waltz soundtrack"],
        peaks=[
            ("Mango Season Mambo", 6, "other:ARIA Singles Chart"),
            ("The Cassowary Waltz soundtrack", 4, "other:ARIA Albums Chart"),
        ],
        certs=[("Mango Season Mambo", "platinum", 1, "aria")],
        places=["Kuranda", "Barron Falls"],
    ),
    # 13. A film society's season notes (Scottish); almost no facts.
    post(
        "spring-season-notes-a-ceilidh-for-mrs-lennox-ao",
        "jekyll",
        "Spring Season 2014, Screening 4: A Ceilidh for Mrs Lennox (1968)",
        [
            "<strong>Thursday 13 March, 7.30pm, Bonar Hall. Members free; guests \u00a35. "
            "Tea and tablet from 7pm.</strong>",
            "After the bleakness of last month's Polish double bill, the committee thought "
            "we all deserved a dance. Iain Strachan's <em>A Ceilidh for Mrs Lennox</em> is a "
            "slight, sweet, occasionally exasperating comedy about a widow on a fictional "
            "Hebridean island who decides to throw herself a wake before she dies, so that she "
            "can enjoy it. It was barely released in 1968, turned up on Sunday afternoon "
            "television through the seventies, and has been more or less unobtainable since.",
            "Strachan shot it on Lismore in the autumn of 1967 with a cast of two professionals "
            "and about forty islanders, several of whom are plainly having the time of their "
            "lives. The print we are showing is a 16mm copy lent by a member's uncle; please "
            "forgive the odd scratch.",
            "The reason to come is the ceilidh itself, a twelve-minute sequence near the end in "
            "which the camera simply wanders about the hall while the band plays. The band are "
            "the Kessock Ferrymen, an accordion-and-fiddle outfit who were a fixture of Highland "
            "dances at the time, and the song everyone remembers is \u2018The Ferry Won't "
            "Wait\u2019, which they play twice, the second time a good deal faster and, by the "
            "look of things, a good deal drunker. It never troubled the hit parade, but ask "
            "anyone over sixty in Inverness and they'll hum you the chorus. A few traditional "
            "reels the credits don't bother to name fill out the rest of the night.",
            "Our programme secretary wishes it to be known that she tried for three years to "
            "find a better print, and that she is not taking questions on the subject.",
            "<em>Coming next:</em> Screening 5, <em>The Quiet Arithmetic</em> (1981), on 27 "
            "March, followed by the AGM. Please stay for the AGM. We mean it this time.",
        ],
        video="yt:a9Lq2Wc-Rt7",
        film=("A Ceilidh for Mrs Lennox", 1968),
        tracks=["The Ferry Won't Wait"],
        people=[("The Ferry Won't Wait", "Kessock Ferrymen", "performer")],
        places=["Lismore"],
    ),
    # 14. A music-rights lawyer's blog about the song's licensing (American).
    post(
        "why-sprinkler-season-vanished-sync-post-mortem-ao",
        "wp_classic",
        "Why \u201cSprinkler Season\u201d Vanished From Cul-de-Sac Saturday (and Came Back): A "
        "Sync Licensing Post-Mortem",
        [
            "Every few months a client, a friend, or a stranger at a barbecue asks me some "
            "version of the same question: why does the movie I loved have different music on "
            "streaming? There is rarely one answer, but the saga of <em>Cul-de-Sac "
            "Saturday</em> (1997) is as good a teaching case as I know, so let's walk through "
            "it. (Usual disclaimer: this is not legal advice, and I had no involvement in any "
            "of the deals below.)",
            "First, the facts. The film's signature sequence, the block-party montage, was shot "
            "in Mesa's Dobson Ranch subdivision over a single, punishingly hot weekend, and is "
            "scored to \u201cSprinkler Season\u201d by Lawndart Amnesty. The song was written "
            "by the band's Kyle Brandvold and Shawna Pettibone, and it appears on the band's "
            "second album, <em>Mowing the Moon</em>, which the RIAA certified platinum in "
            "1998. As a single it got to No. 29 on the Hot 100 and No. 8 on Billboard's Adult "
            "Contemporary chart, which, in my experience, is the chart your aunt listens to. "
            "Canada's RPM had it at No. 17; the album itself stalled at No. 44 on the "
            "Billboard 200 before its long, slow climb to platinum.",
            "H: Two licenses, not one",
            "To put a recorded song in a film you need (1) a synchronization license from "
            "whoever owns the composition, here the two writers' publishing companies, split "
            "50/50, and (2) a master use license from whoever owns the recording, here the "
            "band's label, Crestwood Records. The 1996 agreements granted rights for "
            "\u201ctheatrical exhibition, television and home video (videocassette and "
            "laserdisc), in perpetuity.\u201d Note what is not on that list.",
            "H: What went wrong",
            "When the film arrived on a subscription service in 2013, the publisher took the "
            "position that streaming was a new medium outside the grant. The distributor "
            "disagreed, then blinked, and swapped in a generic library cue rather than fight. "
            "Fans noticed within a week.",
            "Complicating things further, the band's former drummer, Mitch Oyama, had claimed "
            "in 2004 that he co-wrote the song. A federal court dismissed that claim in 2006, "
            "but the lingering cloud made the distributor's insurers nervous.",
            "H: How it came back",
            "In 2021 the distributor renegotiated both licenses on an \u201call media now known "
            "or hereafter devised\u201d basis, reportedly for a low six-figure sum per side. "
            "The montage (embedded below, in its restored form) has been back on streaming "
            "ever since.",
            "H: The lesson",
            "If you are licensing music today, the phrase \u201call media now known or "
            "hereafter devised\u201d is not boilerplate. It is the whole ballgame. Read the "
            "grant, read the term, read the territory, and then read them again.",
        ],
        video="yt:Ux4kP1sBv8Y",
        film=("Cul-de-Sac Saturday", 1997),
        tracks=["Sprinkler Season"],
        people=[
            ("Sprinkler Season", "Lawndart Amnesty", "performer"),
            ("Sprinkler Season", "Kyle Brandvold", "composer"),
            ("Sprinkler Season", "Shawna Pettibone", "composer"),
        ],
        albums=["Mowing the Moon"],
        peaks=[
            ("Sprinkler Season", 29, "billboard_hot_100"),
            ("Sprinkler Season", 8, "billboard_adult_contemporary"),
            ("Sprinkler Season", 17, "canada_rpm"),
            ("Mowing the Moon", 44, "billboard_200"),
        ],
        certs=[("Mowing the Moon", "platinum", 1, "riaa")],
        places=["Dobson Ranch"],
    ),
    # 15. A collector's price-and-pressings checklist (American collector).
    post(
        "cadillac-requiem-soundtrack-pressings-price-guide-ao",
        "hugo",
        "Cadillac Requiem (1973): Soundtrack Pressings Checklist and Price Guide",
        [
            "Updated for 2024. Prices are what I've actually seen change hands (eBay sold "
            "listings, Discogs, and a couple of shows), not what dealers are asking. Grades "
            "are VG+ unless noted. As always, the deadwax is your friend.",
            "<em>Cadillac Requiem</em> is the 1973 Detroit crime picture shot all over the "
            "city, with the car chase (clip below) filmed on Belle Isle and the long night "
            "drive on the Ambassador Bridge, and "
            "the soundtrack, <em>Cadillac Requiem (Music from the Motion Picture)</em>, is one "
            "of the great funk scores of its day. It peaked at No. 12 on the Billboard 200 "
            "and went gold (RIAA) within a year, which is why you see so many beat copies. "
            "Clean ones are another matter.",
            "The hit was \u201cChrome Halo\u201d by the Sterling Deacons, written by arranger "
            "Lucius Pembrook with Della Vance: Hot 100 peak #19, #2 on Billboard's Best Selling "
            "Soul Singles, and a surprise #33 on the UK Singles Chart when it was released there "
            "in '74. Canadian copies sold well enough for #24 on RPM. The single was also "
            "certified gold by the RIAA. The chase cue on side "
            "two, \u201cEastside Incantation,\u201d is a Pembrook composition and the one "
            "the samplers love.",
            "H: LPs",
            "LIST: US 1st press &#8212; Talisman TLS-5503, tan label, gatefold, \u201cRE-1\u201d "
            "in deadwax &#8212; $180\u2013250 | US 2nd press &#8212; blue label, single "
            "sleeve &#8212; $40\u201360 | US promo &#8212; white label, \u201cNot For "
            "Sale\u201d stamp &#8212; $300+ | UK &#8212; Emberline EMB 2211, laminated "
            "flipback sleeve &#8212; $90\u2013120 | Japan &#8212; with obi and lyric insert "
            "&#8212; $350+ (obi missing: halve it) | Canada &#8212; Talisman/Quality "
            "pressing, no gatefold &#8212; $60\u201380",
            "H: 7-inch singles",
            "LIST: Chrome Halo b/w Eastside Incantation &#8212; Talisman T-118 &#8212; "
            "$15\u201325 | Same, picture sleeve (Germany only) &#8212; $60\u201375 | DJ "
            "promo, mono/stereo &#8212; $40",
            "H: Reissues",
            "LIST: 2009 180g reissue &#8212; $25\u201330 | 2019 Record Store Day, purple "
            "vinyl, 3,000 copies &#8212; $35\u201345 | 2022 CD with bonus alternate takes "
            "&#8212; $12",
            "H: Fakes and traps",
            "There is a bootleg floating around with a flat, glossy cover and no RE-1 in the "
            "runout; it sounds like it was mastered from a cassette, because it was. Also "
            "beware \u201cfirst press\u201d listings of the blue-label copy. A gold-stamped "
            "\u201cCertified Gold\u201d hype sticker adds maybe $20 to a first press. Don't "
            "let anyone tell you it doubles it.",
            "Corrections welcome in the comments. Happy digging.",
        ],
        video="vimeo:143098256",
        film=("Cadillac Requiem", 1973),
        tracks=["Chrome Halo", "Eastside Incantation"],
        people=[
            ("Chrome Halo", "Sterling Deacons", "performer"),
            ("Chrome Halo", "Lucius Pembrook", "composer"),
            ("Chrome Halo", "Della Vance", "composer"),
            ("Eastside Incantation", "Lucius Pembrook", "composer"),
        ],
        albums=["Cadillac Requiem (Music from the Motion Picture)"],
        peaks=[
            ("Cadillac Requiem (Music from the Motion Picture)", 12, "billboard_200"),
            ("Chrome Halo", 19, "billboard_hot_100"),
            ("Chrome Halo", 2, "other:Best Selling Soul Singles"),
            ("Chrome Halo", 33, "uk_singles"),
            ("Chrome Halo", 24, "canada_rpm"),
        ],
        certs=[
            ("Cadillac Requiem (Music from the Motion Picture)", "gold", 1, "riaa"),
            ("Chrome Halo", "gold", 1, "riaa"),
        ],
        places=["Belle Isle", "Ambassador Bridge"],
    ),
    # 16. A city's "filmed here" plaque text and its story (Bath, England).
    post(
        "pulteney-bridge-filmed-here-plaque-ao",
        "blogger",
        "Our new plaque on Pulteney Bridge: the words, and the story behind them",
        [
            "After two years of committee meetings, one planning application and more cups of "
            "tea than any of us care to count, the Bath Screen Heritage Group's first "
            "\u201cFilmed Here\u201d plaque went up on Saturday. Thank you to everyone who came "
            "out in the drizzle. For those who couldn't, here is the text in full:",
            "<strong>FILMED HERE. On 14 and 15 June 1966, the \u201cSaturday Parasol\u201d "
            "sequence of the film PARASOLS IN JUNE (1967) was filmed on Pulteney Bridge and "
            "beside Pulteney Weir below. For the film, Pulteney Bridge stood in for "
            "Florence's Ponte Vecchio. The song was sung by Dilys Farrow.</strong>",
            "Short, we know. The story is longer.",
            "The director, Leonard Ashby-Croft, had wanted the Royal Crescent for the "
            "number, and the council turned him down flat, worried about the lawn. Someone in "
            "the production office then suggested the bridge, reasoning that it \u201clooked a "
            "bit Italian\u201d and had shops on it, like the real thing. The art department "
            "hung shutters and geraniums from every window, and for two days the bridge was "
            "closed while forty dancers with parasols went up and down it, and then down the "
            "steps to the weir, where the final shots were filmed from a boat.",
            "The song itself, \u2018Saturday Parasol\u2019, was written by Bernard Quint and "
            "Ivy Maslen, and it went to number 12 in the singles chart in the summer of 1967. "
            "There was a long argument in committee about whether to put the chart position "
            "on the plaque. Brian won; it's not on there. Brian also won the argument about "
            "leaving off the songwriters, on the grounds that there wasn't room. We've given "
            "them their due here instead. (Dilys Farrow fans will know it also opens her "
            "only LP, <em>Promenade</em>.)",
            "Several of our members remember the filming. Margaret, who was eleven at the time, "
            "watched from Parade Gardens with her mother and insists that Dilys Farrow waved "
            "at her. Margaret has been telling this story for fifty-seven years and we see no "
            "reason to doubt her.",
            "The clip is below. Watch for the moment at 2:14 when a very real Bath bus crosses "
            "the far end of the shot; nobody seems to have noticed until the DVD came out.",
            "Next on our list: the Abbey churchyard, which turns up in at least three films. "
            "Ideas and memories welcome in the comments.",
        ],
        video="yt:Hy6tGj3oQ2k",
        film=("Parasols in June", 1967),
        tracks=["Saturday Parasol"],
        people=[
            ("Saturday Parasol", "Dilys Farrow", "performer"),
            ("Saturday Parasol", "Bernard Quint", "composer"),
            ("Saturday Parasol", "Ivy Maslen", "composer"),
        ],
        albums=["Promenade"],
        peaks=[("Saturday Parasol", 12, "uk_singles")],
        places=["Pulteney Bridge", "Pulteney Weir"],
        stood=[("Pulteney Bridge", "Florence's Ponte Vecchio")],
    ),
    # 17. An awards-season retrospective (American).
    post(
        "best-original-song-race-revisited-kite-menders-daughter-ao",
        "medium",
        "The Best Original Song Race I Got Wrong: Revisiting \u201cPaper Aeroplane Weather\u201d",
        [
            "I ran an awards blog in the winter of 2008\u201309. It had maybe four hundred "
            "readers, three of whom were my relatives, and I predicted with total confidence "
            "that \u201cPaper Aeroplane Weather\u201d would win Best Original Song. It did "
            "not. Fifteen years later, I want to talk about why I thought it would, and why I "
            "still think it should have.",
            "The song comes from <em>The Kite Mender's Daughter</em> (2008), Renata "
            "Solberg's quiet drama about a widowed kite maker and his teenage daughter. Its "
            "centrepiece is the kite-flying montage, shot on Chesterman Beach near Tofino, which "
            "doubled for the coast of Maine so convincingly that I spent years assuming I'd "
            "visit it on a trip to Portland. (The workshop scenes were shot down the road in "
            "Ucluelet, in a net loft that has since become a caf\u00e9.)",
            "The song was written by Odile Brack and Sunny Ramaswamy, a French-Indian "
            "songwriting pair who had met, the legend goes, fighting over the last outlet at a "
            "Sundance coffee shop. Juno Hale sang it, in one take, reportedly with a cold. "
            "That crack in her voice on the second chorus? Cold.",
            "Here is what the campaign had going for it. The single had crossed over: it "
            "climbed to No. 3 on the Adult Contemporary chart and, more impressively for a "
            "ballad from an indie, reached No. 41 on the Hot 100. The RIAA certified it gold "
            "that February, days before the ceremony. The soundtrack album, <em>Weather for "
            "Kites</em>, went to No. 6 on Billboard's Soundtracks chart and No. 58 on the "
            "Billboard 200. On paper, it was the most popular nominee by a distance.",
            "Here is what it didn't have: a studio. The distributor spent, by one estimate, "
            "less on the entire campaign than the eventual winner spent on a single party. It "
            "lost the Golden Globe to a song from a penguin movie, lost the Critics' Choice "
            "to a song from a heist movie, and by the time Oscar night came around, it felt "
            "like the nomination was the prize.",
            "I rewatched the film last month. The montage still floors me. Solberg cuts to "
            "Hale's breaths rather than the beat, and the kites go up exactly when the strings "
            "do, and it all looks effortless in the way only something very hard can.",
            "Was the winner a bad song? No. Is it the one you remember? Be honest.",
        ],
        video="yt:w5Dn8ZsK1fA",
        film=("The Kite Mender's Daughter", 2008),
        tracks=["Paper Aeroplane Weather"],
        people=[
            ("Paper Aeroplane Weather", "Odile Brack", "composer"),
            ("Paper Aeroplane Weather", "Sunny Ramaswamy", "composer"),
            ("Paper Aeroplane Weather", "Juno Hale", "performer"),
        ],
        albums=["Weather for Kites"],
        peaks=[
            ("Paper Aeroplane Weather", 3, "billboard_adult_contemporary"),
            ("Paper Aeroplane Weather", 41, "billboard_hot_100"),
            ("Weather for Kites", 6, "billboard_soundtracks"),
            ("Weather for Kites", 58, "billboard_200"),
        ],
        certs=[("Paper Aeroplane Weather", "gold", 1, "riaa")],
        places=["Chesterman Beach", "Ucluelet"],
        stood=[("Chesterman Beach", "the coast of Maine")],
    ),
    # 18. A "where are they now" on the film's band (American).
    post(
        "where-are-they-now-marigold-engine-feedback-summer-ao",
        "ghost",
        "Where Are They Now? Marigold Engine, the Band From Feedback Summer",
        [
            "If you were sixteen in 1996, you know the scene: a half-empty theater, four kids "
            "in thrift-store cardigans, and a song that sounds like a radio being strangled "
            "with love. <em>Feedback Summer</em> made Marigold Engine famous for about eighteen "
            "months. We tracked down all four of them.",
            "First, a refresher. The montage in question was filmed at the Capitol Theater in "
            "Olympia, and the song was \u201cStatic Valentine\u201d, written by singer Trish "
            "Okonkwo-Bell on the floor of her college dorm. The movie's party scene, shot in a "
            "rented house in Tacoma's Hilltop neighborhood, used a second Marigold Engine "
            "song, \u201cDead Battery Blues\u201d, written by guitarist Dev Markopoulos.",
            "\u201cStatic Valentine\u201d reached No. 14 on Billboard's Mainstream Rock chart, "
            "and, somewhat to the band's horror, No. 48 in the UK, where they'd never played a "
            "show. Canada liked it more than either: No. 31 on RPM. The album it came from, "
            "<em>Lighter Fluid Lullabies</em>, got to No. 88 on the Billboard 200, and was "
            "certified gold north of the border by Music Canada. \u201cEighty-eight,\u201d says Okonkwo-Bell. \u201cLike the "
            "piano keys. I took it as a sign.\u201d",
            "H: Trish Okonkwo-Bell (vocals)",
            "Teaches eighth-grade science in Spokane. Still writes songs, \u201cmostly about "
            "tectonic plates, for the kids.\u201d Has never watched the movie all the way "
            "through.",
            "H: Dev Markopoulos (guitar)",
            "Runs a brewery in Bellingham whose flagship IPA is called Dead Battery. He "
            "insists this is a coincidence. It is not a coincidence.",
            "H: Kim Seo-yeon (bass)",
            "A pediatric nurse in Portland, and the only member who still owns the cardigan.",
            "H: Ray \u201cHutch\u201d Hutchins (drums)",
            "Now composes for video games out of a home studio in Austin, and has two BAFTA "
            "nominations to show for it. \u201cThe movie taught me that music goes under "
            "pictures,\u201d he says. \u201cI just kept doing that.\u201d",
            "Will there be a reunion? Three out of four said \u201cnever,\u201d and Hutch said "
            "\u201cask me after the 30th anniversary screening,\u201d so, in other words, "
            "watch this space.",
        ],
        video="vimeo:801264530",
        film=("Feedback Summer", 1996),
        tracks=["Static Valentine", "Dead Battery Blues"],
        people=[
            ("Static Valentine", "Marigold Engine", "performer"),
            ("Static Valentine", "Trish Okonkwo-Bell", "composer"),
            ("Dead Battery Blues", "Marigold Engine", "performer"),
            ("Dead Battery Blues", "Dev Markopoulos", "composer"),
        ],
        albums=["Lighter Fluid Lullabies"],
        peaks=[
            ("Static Valentine", 14, "billboard_mainstream_rock"),
            ("Static Valentine", 48, "uk_singles"),
            ("Static Valentine", 31, "canada_rpm"),
            ("Lighter Fluid Lullabies", 88, "billboard_200"),
        ],
        certs=[("Lighter Fluid Lullabies", "gold", 1, "music_canada")],
        places=["Capitol Theater", "Hilltop"],
    ),
    # 19. A streaming service's editorial page (Indian English).
    post(
        "editors-pick-monsoon-relay-ticket-to-matheran-ao",
        "handmade",
        "Editor's Pick: Monsoon Relay, and the toy-train song that still makes us late for "
        "office",
        [
            "<strong>Streaming now &#183; Drama / Musical &#183; 2012 &#183; 2h 14m &#183; "
            "U/A 13+ &#183; Hindi, English subtitles</strong>",
            "Every monsoon, without fail, our watch numbers for <em>Monsoon Relay</em> jump. "
            "We don't need the data team to tell us why. It is that song, it is that train, "
            "and it is that one shot where the mist lifts off the hills just as the chorus "
            "lands. If you have somehow not seen it, consider this your sign.",
            "Nikhil Deshpande's 2012 film is a gentle relay of three stories (a retired "
            "stationmaster, a runaway bride, a schoolboy with a borrowed camera) that meet on a "
            "single rainy weekend. The centrepiece is the musical sequence built around "
            "\u201cTicket to Matheran\u201d, sung by Anaya Rao in her very first playback "
            "outing. Music is by the composer pair Vikram Sethna and Lalit Bhave, with lyrics "
            "by Farida Jaleel, who reportedly wrote the mukhda on the back of a railway ticket.",
            "Most of the sequence was shot in Matheran itself, where cars are banned and the "
            "crew had to carry every light up on foot or on horseback. The platform scenes, "
            "with the stationmaster waving his green flag, were filmed at Neral Junction. "
            "Deshpande has said he waited eleven days for the right weather. Worth it. Stay "
            "till the end credits for the slower \u201cTicket to Matheran (Reprise)\u201d, "
            "sung by Vikram Sethna himself; both versions are on the soundtrack album, "
            "<em>Rainline</em>, which you can stream right here.",
            "<strong>Why we love it:</strong> It is a film that takes its time, and trusts you "
            "to take yours. The song is just the doorway.",
            "<strong>Watch if you liked:</strong> slow Sunday films, trains, rain, and "
            "crying a little bit before lunch.",
            "<strong>Trivia:</strong> The schoolboy's borrowed camera is the director's own, a "
            "1970s Yashica he inherited from his grandfather in Pune.",
            "<strong>Add to your watchlist</strong> and keep a cutting chai ready. The video "
            "below is the full song, uncut, exactly as it plays in the film.",
        ],
        video="yt:Pe7vX0cLq_3",
        film=("Monsoon Relay", 2012),
        tracks=["Ticket to Matheran", "Ticket to Matheran (Reprise)"],
        people=[
            ("Ticket to Matheran", "Anaya Rao", "performer"),
            ("Ticket to Matheran (Reprise)", "Vikram Sethna", "performer"),
            ("Ticket to Matheran", "Vikram Sethna", "composer"),
            ("Ticket to Matheran", "Lalit Bhave", "composer"),
            ("Ticket to Matheran", "Farida Jaleel", "composer"),
        ],
        albums=["Rainline"],
        places=["Matheran", "Neral Junction"],
    ),
    # 20. An archive's catalogue record written out as prose; almost no facts.
    post(
        "our-lady-of-the-trams-catalogue-record-ao",
        "handmade",
        "Our Lady of the Trams (1967): catalogue record",
        [
            "<strong>Collection:</strong> South Australian Moving Image Collection. "
            "<strong>Record status:</strong> full record, revised March 2021.",
            "This record describes a 35mm colour composite print, 1,980 feet in length, of the "
            "short musical film <em>Our Lady of the Trams</em>, produced in 1967 and running "
            "approximately 22 minutes at 24 frames per second. The print is the sole known "
            "surviving copy and was acquired in 1994 from the estate of a former projectionist "
            "at the Glenelg Ozone Theatre, along with a quantity of unrelated trailers which "
            "have been separately catalogued.",
            "The film presents, without dialogue, a single day in the life of a tram conductor "
            "on the Glenelg line, from the first service of the morning to the last. Its "
            "principal sequence, a musical montage of passengers boarding and alighting, was "
            "filmed on location at Moseley Square; the remaining footage was photographed aboard "
            "a moving tram and cannot be more precisely located. The montage is accompanied by "
            "an untitled song performed by an unidentified female vocalist with small "
            "orchestra. No composer or lyricist is credited on screen, and no music cue sheet "
            "has been located. Enquiries from members of the public have so far failed to "
            "identify the singer.",
            "Credits on the print name the director as R. M. Tolley and the photographer as "
            "J. Keane; no production company is identified. A handwritten note in the can "
            "reads \u201cfor Tramways Trust, not for general release\u201d, suggesting the "
            "film was commissioned, though no corresponding record has been found in the "
            "Trust's surviving papers.",
            "Condition: moderate vinegar syndrome (A-D strip level 1.5 at last inspection); "
            "colour faded towards magenta; splices at reels' heads repaired in 2009. The "
            "print is not available for projection. A 2K scan, made in 2019, is the access "
            "copy, and an excerpt is reproduced below.",
            "Subject headings: Trams \u2014 South Australia; Public transport workers; "
            "Musical films \u2014 Australia; Amateur and sponsored films.",
        ],
        video="vimeo:60337418",
        film=("Our Lady of the Trams", 1967),
        places=["Moseley Square"],
    ),
]
