"""Round 28, set BB: twenty posts by a fifty-fifth writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    # 1. A Scottish film society newsletter.
    post(
        "lochinver-bus-journey-film-society-bb",
        "handmade",
        "Programme Notes, November: The Long Way to Lochinver (1978)",
        [
            "H: Thursday the ninth of November, Church Hall, Dingwall",
            "Members will recall that our October screening was abandoned when the projector "
            "bulb went pop halfway through the second reel. Alasdair, who has spent the better "
            "part of a fortnight in correspondence with a supplier in Falkirk, assures the "
            "committee it will not happen again. Tea and shortbread as usual; donations to the "
            "roof fund gratefully received, and no, we still cannot find the key to the "
            "cupboard with the good cups.",
            "This month's programme is Euan Lockhart's <em>The Long Way to Lochinver</em>, "
            "released in 1978, which a good many of you will have seen at the old Playhouse in "
            "Inverness on its first run. It is a slight thing. A retired postie (the late "
            "Hector Baird, born in Wick and never happier than when grumbling) takes the service "
            "bus up from Glasgow to visit a daughter he has not spoken to in eleven years. "
            "Nothing much else happens, but it has a heart the size of Ben Wyvis and one "
            "sequence that people still write to the committee about.",
            "That sequence is the bus journey itself. For about four minutes there is no "
            "dialogue at all, only the single-track road, the passing places, a stag or two, "
            "rain on the window and a song: &#8220;Carry Me North&#8221;, sung by the Kelpie "
            "Brothers, an Aberdeen trio who were never heard of again, and written by Morag "
            "Dunleavy, a schoolteacher from Tain. Miss Dunleavy also gave us the fiddle tune that "
            "plays under the closing titles, <em>The Achiltibuie Strathspey</em>, played there by "
            "Iain MacRury of Lewis, who is now in his eighties and who has kindly agreed to say "
            "a few words before the film.",
            "A note for the pedants among us (you know who you are). Although the story ends in "
            "Lochinver, Mr Lockhart's unit did no filming in the village at all; the council "
            "wanted a fee and the producer would not pay it. The road sequence was put together "
            "on the stretch below Stac Pollaidh, the harbour scenes were shot at Ullapool, and "
            "the daughter's croft is a real one at Achiltibuie, still standing and still, we are "
            "told, without a decent telephone signal.",
            "The song did rather better than the picture. It went into the hit parade at the end "
            "of February 1979 and climbed as far as number fourteen, which in those days got you "
            "on Top of the Pops, though the Brothers were on a fishing holiday that week and a "
            "dance troupe did the honours. The LP, <em>Songs from the Long Road</em>, issued on "
            "the little Glenmorven label, reached 38 in the albums chart and in time earned a "
            "silver disc from the BPI, which the label framed and hung in its office in Perth "
            "until the office closed.",
            "Doors at a quarter past seven. Please bring a cushion; the hall chairs have not "
            "improved. Our December programme will be announced in the next newsletter, once the "
            "committee has stopped arguing about it.",
            "J. M., Honorary Secretary",
        ],
        video="yt:Lq7rT2mXb9k",
        film=("The Long Way to Lochinver", 1978),
        tracks=["Carry Me North", "The Achiltibuie Strathspey"],
        people=[
            ("Carry Me North", "Kelpie Brothers", "performer"),
            ("Carry Me North", "Morag Dunleavy", "composer"),
            ("The Achiltibuie Strathspey", "Morag Dunleavy", "composer"),
            ("The Achiltibuie Strathspey", "Iain MacRury", "performer"),
        ],
        albums=["Songs from the Long Road"],
        peaks=[
            ("Carry Me North", 14, "uk_singles"),
            ("Songs from the Long Road", 38, "uk_albums"),
        ],
        certs=[("Songs from the Long Road", "silver", 1, "bpi")],
        places=["Stac Pollaidh", "Ullapool", "Achiltibuie"],
    ),
    # 2. A Welsh-language film's English-language fan page.
    post(
        "haf-y-glo-english-fan-page-bb",
        "gutenberg",
        "Haf y Glo (1985): the English-language fan page",
        [
            "Croeso! This page is for everyone who loves <em>Haf y Glo</em> (Summer of Coal) but "
            "hasn't got the Welsh, or, like your webmaster, has Sunday-school Welsh and not much "
            "else. The film was made for S4C in 1985 by Gareth Wyn Owen and it is set in Cwm "
            "Eithin, a valley that doesn't exist, during the strike of 1984 and 1985. Subtitled "
            "copies turn up now and then; the DVD from a few years back is the one to get.",
            "H: Frequently asked questions",
            "<strong>What is the song in the soup-kitchen montage?</strong> It's "
            "&#8216;Golau'r Cwm&#8217;, which means something like &#8216;the light of the "
            "valley&#8217;. The band is Y Brodyr Llwyd, four brothers from Bethesda who had been "
            "playing chapel vestries and rugby clubs for years before this. The words are by "
            "Delyth Prys and the tune by Huw Bowen, who was the band's keyboard player until he "
            "went off to teach in Cardiff.",
            "<strong>And the song at the miners' dance?</strong> That one is "
            "&#8216;Dawns y Streic&#8217;. Sian Elin Rees, who plays Mam, sings it herself, "
            "unaccompanied at first, and Huw Bowen wrote it for her the week before filming.",
            "<strong>Was it a hit?</strong> In Wales, yes. It sat at number one on the Radio "
            "Cymru chart for six weeks that winter. It never troubled the UK Top 40, whatever "
            "certain anonymous online editors keep claiming, and we'd be grateful if people "
            "would stop adding it.",
            "<strong>Is there a record?</strong> There's an LP, <em>Haf y Glo: Y Caneuon</em>, "
            "with the film's six songs and some incidental music. Original copies on the "
            "Tanllwyth label go for silly money now. The CD reissue has a bonus demo that we "
            "frankly think is better than the finished version.",
            "<strong>Where was it filmed?</strong> Not in one valley but three or four stitched "
            "together. The pithead and the underground scenes are Big Pit at Blaenavon, which "
            "played Glofa'r Wawr, the colliery at the heart of the story. The miners' welfare "
            "hall was a real one in Ystradgynlais, though it has since been pulled down. The "
            "funeral was filmed at Soar-y-Mynydd, the little chapel up in the hills above "
            "Tregaron, which gives you some idea how far the crew were prepared to drive for a "
            "good view.",
            "<strong>Wasn't Bethesda in it?</strong> No. The band come from there, and the "
            "director grew up in Caernarfon, but nothing was shot in the north at all. People "
            "mix this up constantly.",
            "<strong>Was that really her first film?</strong> Her first screen role, yes, "
            "and she steals every scene she's in.",
            "H: Get in touch",
            "If you were an extra (there were dozens, mostly from the Swansea Valley) we would "
            "love to hear from you. Photos especially. Diolch yn fawr!",
        ],
        video="vimeo:48213977",
        film=("Haf y Glo", 1985),
        tracks=["Golau'r Cwm", "Dawns y Streic"],
        people=[
            ("Golau'r Cwm", "Y Brodyr Llwyd", "performer"),
            ("Golau'r Cwm", "Delyth Prys", "composer"),
            ("Golau'r Cwm", "Huw Bowen", "composer"),
            ("Dawns y Streic", "Sian Elin Rees", "performer"),
            ("Dawns y Streic", "Huw Bowen", "composer"),
        ],
        albums=["Haf y Glo: Y Caneuon"],
        peaks=[("Golau'r Cwm", 1, "other:Radio Cymru chart")],
        places=["Big Pit", "Ystradgynlais", "Soar-y-Mynydd"],
        stood=[("Big Pit", "Glofa'r Wawr")],
    ),
    # 3. An Irish local paper's nostalgia column.
    post(
        "ballyferris-showband-kilkee-looking-back-bb",
        "blogger",
        "Looking Back: The Summer the Showband Film Came to Kilkee",
        [
            "There are people in this town who will tell you, with a straight face, that they "
            "were in <em>The Ballyferris Showband</em>. Half of them were, to be fair. When the "
            "film people arrived on the fourth of August, 1967, they put a notice in the window "
            "of Considine's shop looking for &#8216;dancers, bathers and persons of cheerful "
            "appearance&#8217;, and there was a queue down to the square by ten o'clock.",
            "For the younger readers: the picture came out the following year, 1968, and it told "
            "the story of a seven-piece showband from a made-up town in the midlands, their van, "
            "their manager (a Dublin man with notions) and one long, wet summer of dancehalls. "
            "Kilkee stood in for Ballyferris, and the strand was never so crowded before or since. "
            "The scenes of the lads diving off the rocks were done at the Pollock Holes, in water "
            "that one of the actors described to this paper at the time as &#8216;a cruelty&#8217;.",
            "The band in the film was a real band, the Royal Meteors Showband out of Ennis, and "
            "their big number, &#8216;Dance Me Down to Doonbeg&#8217;, was written for the film "
            "by Mattie Considine, a cousin of the shop Considines, who was teaching music in "
            "Kilrush at the time and who never wrote another song in his life that anyone "
            "remembers. Dickie Farrelly, the Meteors' frontman, also crooned a slow one, "
            "&#8216;Shannon Moonlight Waltz&#8217;, over the montage of couples going home from "
            "the dance along the cliff road. Mrs Nora Haugh of Grattan Street wrote in last year "
            "to say that she is the girl in the yellow cardigan at the end of that montage, and "
            "we have no reason to doubt her.",
            "What did the song do? &#8216;Doonbeg&#8217; went to number one in the Irish charts "
            "in the spring of 1968 and stayed there for three weeks, knocking an English group "
            "off the top, which gave great satisfaction locally. Across the water it got no "
            "higher than thirty-one, which the Meteors blamed on the BBC and everyone else blamed "
            "on the B-side. The band's long-player from the film, <em>A Night with the Royal "
            "Meteors</em>, did well at home too, getting to number four in the Irish album "
            "listings that summer.",
            "Not everything was filmed here, mind. The ballroom interiors were done over at "
            "Spanish Point, in a hall that has long since become holiday flats, and a few shots "
            "of the van on the road were picked up near Lahinch on the way back to Dublin. But "
            "Kilkee was the heart of it, and the town has never let anyone forget it.",
            "Dickie Farrelly is still with us, living in Limerick, and tells us he is "
            "&#8216;available for interview, but not before noon&#8217;. We will hold him to "
            "that.",
            "<em>Have you memories of the filming? Drop a line to Looking Back, care of this "
            "office.</em>",
        ],
        video="yt:Xc4_hPz0Tn2",
        film=("The Ballyferris Showband", 1968),
        tracks=["Dance Me Down to Doonbeg", "Shannon Moonlight Waltz"],
        people=[
            ("Dance Me Down to Doonbeg", "Royal Meteors Showband", "performer"),
            ("Dance Me Down to Doonbeg", "Mattie Considine", "composer"),
            ("Shannon Moonlight Waltz", "Dickie Farrelly", "performer"),
        ],
        albums=["A Night with the Royal Meteors"],
        peaks=[
            ("Dance Me Down to Doonbeg", 1, "other:Irish charts"),
            ("Dance Me Down to Doonbeg", 31, "uk_singles"),
            ("A Night with the Royal Meteors", 4, "other:Irish album listings"),
        ],
        places=["Kilkee", "Pollock Holes", "Spanish Point", "Lahinch"],
        stood=[("Kilkee", "Ballyferris")],
    ),
    # 4. A Yorkshire football fanzine on a film's terrace anthem.
    post(
        "red-ribbons-railings-terrace-anthem-bb",
        "wp_classic",
        "Terrace Anthems No. 7: Red Ribbons on the Railings",
        [
            "Now then. Last issue's piece on the old half-time brass band got more letters than "
            "owt we've printed since the great pie price scandal of '97, so by popular demand "
            "here's another one from the vaults. If you've stood on the Ponty End at any point "
            "in the last forty year you've sung this, whether you knew where it came from or not.",
            "It came from a film. <em>Saturday's Lads</em>, 1983, directed by a lad from "
            "Mexborough called Neil Haigh who went on to do adverts for gravy and never looked "
            "back. Three brothers, a pit that's about to shut, a cup run that nobody expects, "
            "and a dad who hasn't missed a home game since Attlee. Proper weepie. Don't watch it "
            "with your mam.",
            "The bit everybody remembers is the training montage: the lads running up and down "
            "the steps at Oakwell in the snow, sparring in a yard in Wombwell, jogging past the "
            "deer at Cannon Hall with a ghetto blaster on a shoulder, all of it cut to "
            "&#8220;Red Ribbons on the Railings&#8221;. The Dearne Valley Set did it. Four "
            "blokes from Goldthorpe with one good guitar between them. Pete Ackroyd wrote the "
            "tune on a Sunday afternoon and Dave Mellor, their drummer (Spud to everyone), wrote "
            "the words in the Cross Keys that same night, or so Spud tells it, and he's told it "
            "a lot.",
            "Here's the bit folk forget: it were a proper hit. Top of the Pops and everything, "
            "with Spud in a scarf that he swears was lent him by the club secretary. It peaked at "
            "number nine in the singles chart in April 1984, the same month the strike started, "
            "and it went silver not long after. Make of that timing what you will. The lads got "
            "a silver disc off the BPI which Pete's daughter still has on her landing. "
            "Over in Ireland, God knows why, it got to 23 in the Irish chart. There were an LP "
            "an' all, <em>Saturday's Lads: Songs from the Film</em>, which scraped 48 in the "
            "album chart for one week and then vanished like a decent centre-half.",
            "The cup final at the end? Not Wembley, obviously, they'd never have let a film crew "
            "in. They shot it up the road at Hillsborough, which played Wembley, and if you look "
            "close at the crowd shots you'll see half of them are wearing the wrong colours "
            "because they were Wednesday fans paid a fiver each and a bacon sandwich.",
            "LIST: Director: Neil Haigh | Song: Red Ribbons on the Railings | Band: The Dearne "
            "Valley Set | Peak: 9 | Pints consumed by Spud during the Top of the Pops recording: "
            "disputed",
            "Nobody sings the second verse, by the way. There is a second verse. It's about "
            "pigeons. Originally the film was meant to use a colliery band piece, "
            "&#8220;Grimethorpe Sunrise&#8221;, for the montage, but the money ran out and Pete "
            "offered his song for nowt, which might be the best deal this town ever got.",
            "Next issue: the 1991 away kit, and why it should be tried at The Hague.",
        ],
        video="yt:bR9kLm2_Vw0",
        film=("Saturday's Lads", 1983),
        tracks=["Red Ribbons on the Railings"],
        people=[
            ("Red Ribbons on the Railings", "The Dearne Valley Set", "performer"),
            ("Red Ribbons on the Railings", "Pete Ackroyd", "composer"),
            ("Red Ribbons on the Railings", "Dave Mellor", "composer"),
        ],
        albums=["Saturday's Lads: Songs from the Film"],
        peaks=[
            ("Red Ribbons on the Railings", 9, "uk_singles"),
            ("Red Ribbons on the Railings", 23, "other:Irish chart"),
            ("Saturday's Lads: Songs from the Film", 48, "uk_albums"),
        ],
        certs=[("Red Ribbons on the Railings", "silver", 1, "bpi")],
        places=["Oakwell", "Wombwell", "Cannon Hall", "Hillsborough"],
        stood=[("Hillsborough", "Wembley")],
    ),
    # 5. An Australian radio presenter's blog.
    post(
        "dust-on-the-nullarbor-arvo-requests-bb",
        "substack",
        "Arvo Requests: that Nullarbor film everyone rings in about",
        [
            "G'day, request-hour regulars. Every second week without fail someone rings the "
            "studio, usually from a truck somewhere past Ceduna, and asks me to play &#8220;the "
            "song from the Nullarbor film&#8221;. So here, once and for all, is everything I "
            "know about it, which after twenty-two years on this program is a fair bit.",
            "The film is <em>Dust on the Nullarbor</em>, 1981. Director was Jan Petrakis, a "
            "Melbourne bloke who'd done nothing but ads for beer and utes before this. It's "
            "about a road-train driver (a very young Craig Moloney, before he went off to "
            "Hollywood and came back with an accent) carrying a piano from Adelaide to Perth for "
            "reasons that get explained in the last ten minutes, and I won't spoil them.",
            "The song your mum cried to is &#8220;Long Paddock Road&#8221;. Gail Tennant sang "
            "it. Her husband at the time, Rob Kearsley, wrote it at their kitchen table in "
            "Bendigo in about a week. It plays over the big montage of the truck crossing the "
            "plain, day into night into day, and I defy anyone to sit through that with dry "
            "eyes.",
            "How big was it? Put it this way: number 3 on the Kent Music Report, and that was "
            "the winter you couldn't move for pub rock, so don't sniff at it. Across the ditch "
            "it reached number 12 in the New Zealand chart, which Gail always said pleased her "
            "more than anything, because her gran was from Invercargill.",
            "The soundtrack album, <em>Dust on the Nullarbor: Music from the Film</em>, was the "
            "real earner. It got to number 5 on the Kent albums chart, hung about for the best "
            "part of a year, and went triple-platinum Down Under. ARIA did the sums in 1987 and "
            "sent Gail the plaque. It's got one more piece on it people ask about, an "
            "instrumental called &#8220;Telegraph Station&#8221;, which Rob wrote and the "
            "Saltbush Orchestra played, all twangy guitar and a mournful harmonica.",
            "H: Where'd they shoot it?",
            "Not where you'd think, or not only. The telegraph ruins half-buried in the sand "
            "dunes are the real thing at Eucla, right on the WA side of the border. The "
            "roadhouse where the truck breaks down is at Cocklebiddy. And the opal-mining town "
            "where our hero picks up a hitchhiker? That's Coober Pedy, doubling for a "
            "silver-mining town in Nevada in the dream sequence. Yes, there's a dream sequence. "
            "It was 1981.",
            "Funny thing is, there's no actual footage from the Nullarbor Plain itself in the "
            "montage; a lot of it is the Eyre Highway between Eucla and Cocklebiddy, which "
            "purists will tell you is technically not the plain at all. Purists can ring the "
            "talkback line.",
            "I'll play it at ten past three tomorrow. Again. Kettle on.",
        ],
        video="vimeo:7731402",
        film=("Dust on the Nullarbor", 1981),
        tracks=["Long Paddock Road", "Telegraph Station"],
        people=[
            ("Long Paddock Road", "Gail Tennant", "performer"),
            ("Long Paddock Road", "Rob Kearsley", "composer"),
            ("Telegraph Station", "Rob Kearsley", "composer"),
            ("Telegraph Station", "Saltbush Orchestra", "performer"),
        ],
        albums=["Dust on the Nullarbor: Music from the Film"],
        peaks=[
            ("Long Paddock Road", 3, "australia_kent"),
            ("Long Paddock Road", 12, "other:New Zealand chart"),
            ("Dust on the Nullarbor: Music from the Film", 5, "australia_kent"),
        ],
        certs=[("Dust on the Nullarbor: Music from the Film", "platinum", 3, "aria")],
        places=["Eucla", "Cocklebiddy", "Coober Pedy", "Eyre Highway"],
        stood=[("Coober Pedy", "a silver-mining town in Nevada")],
    ),
    # 6. A New Zealand heritage trust's page.
    post(
        "kauri-road-northland-heritage-trail-bb",
        "squarespace",
        "Heritage Trail: The Kauri Road on Location in Northland",
        [
            "Our trust is often asked which parts of Northland appear in <em>The Kauri "
            "Road</em>, the 1976 feature that did more for the region's visitor numbers than any "
            "brochure we have ever printed. This page gathers what our volunteers have pieced "
            "together from call sheets, newspaper cuttings and the memories of locals who "
            "worked on it as drivers, cooks and, in one case, a stand-in for a horse.",
            "The story, for those who have not seen it, follows a returned serviceman, Tom "
            "Wharerau, who comes home to the gumfields after the Second World War and cannot "
            "settle. The writer, Margaret Ellery, was born in Whangarei and set the story near "
            "her grandparents' farm at Kaihu, but the production went where the light and the "
            "access roads were better.",
            "H: The sites",
            "LIST: Waipoua Forest &#8211; the long walk among the giant kauri in the opening "
            "reel, and the famous montage of Tom working through the seasons | Dargaville &#8211; "
            "the main street, the wharf and the pub scenes, with the town's own shopfronts "
            "barely disguised | Matakohe &#8211; the sawmill sequence, filmed near what is now "
            "the kauri museum | Pouto Point &#8211; the great dunes at the tip of the North Kaipara "
            "Head, which stood in for the Western Desert in Tom's wartime flashbacks",
            "Please note that the Pouto dunes are reached only by four-wheel drive along the "
            "beach at low tide. Do not attempt the trip in a hired campervan. We say this "
            "because people do.",
            "H: The music",
            "The montage in Waipoua is carried by a single song, &#8220;Northland Wind&#8221;, "
            "which the trust's older members can still sing from memory. It is performed by "
            "Ruia Tamihana, then a nineteen-year-old from Kaikohe who had never been in a "
            "recording studio, and it was written by the film's composer, Bill Hardacre, an "
            "Englishman who had come out to teach at a Wellington school and stayed for the "
            "rest of his life.",
            "Released as a single in the winter of 1976, the song went to number 6 in the "
            "New Zealand chart and was later certified gold there. It has been covered many "
            "times since, most often at weddings. Its B-side, the instrumental &#8220;Kaipara "
            "Tide&#8221;, is the music under the sawmill sequence; Hardacre wrote that too, and "
            "it is played by the Tasman Strings, a group of Auckland session players.",
            "H: Visiting",
            "The trust's heritage trail map, with directions to each site and notes on access "
            "and tides, is available from the i-SITE in Dargaville or by post. A gold-coin "
            "donation is appreciated and goes to the upkeep of the old gum-diggers' huts. "
            "Ng&#257; mihi nui to everyone who has shared their photographs with us.",
        ],
        video="yt:kR4uTn8QzPw",
        film=("The Kauri Road", 1976),
        tracks=["Northland Wind", "Kaipara Tide"],
        people=[
            ("Northland Wind", "Ruia Tamihana", "performer"),
            ("Northland Wind", "Bill Hardacre", "composer"),
            ("Kaipara Tide", "Bill Hardacre", "composer"),
            ("Kaipara Tide", "Tasman Strings", "performer"),
        ],
        peaks=[("Northland Wind", 6, "other:New Zealand chart")],
        certs=[("Northland Wind", "gold", 1, "other")],
        places=["Waipoua Forest", "Dargaville", "Matakohe", "Pouto Point"],
        stood=[("Pouto Point", "the Western Desert")],
    ),
    # 7. A Canadian prairie town's website.
    post(
        "elevator-row-inglis-on-screen-bb",
        "jekyll",
        "Our Town on the Big Screen: Elevator Row (1979)",
        [
            "Welcome to the history corner of the municipal website. Among the questions the "
            "office gets most often, right after garbage pickup days and when the rink opens, "
            "is: &#8220;Is it true they made a movie here?&#8221; It is. In the fall of 1978 a "
            "Winnipeg production company spent five weeks in Inglis making <em>Elevator "
            "Row</em>, which came out the next year and still turns up on late-night "
            "television across the country.",
            "Why Inglis? Because of the elevators, of course. Our row of five wooden grain "
            "elevators along the old rail line was already one of the last of its kind, and the "
            "director, Walter Szabo, wanted a town that could pass for the dirty thirties "
            "without anybody having to build a thing. Inglis played Saskatchewan in 1934, which "
            "some residents took personally. A few scenes were shot out at Riding Mountain "
            "National Park, mainly the lake scene and the bear that was supposed to be a "
            "trained bear and was not. The dance was filmed in the Legion hall over in Russell "
            "because ours was being reroofed.",
            "H: The Wheat Pool Waltz",
            "If you've seen the picture you'll remember the harvest montage: threshing crews, "
            "horses, kids on the wagons, the whole town pitching in, all set to the &#8220;Wheat "
            "Pool Waltz&#8221;. It was played by the Assiniboine Ramblers, a dance band out of "
            "Brandon who did weddings and socials all over the Parkland, and written by their "
            "fiddler, Lorne Pidluski, whose family homesteaded near Dauphin in 1902.",
            "The record did better than anybody in the band expected. In RPM it climbed to "
            "number 22 on the main singles chart, and on RPM Country Tracks it got all the way "
            "to number 2, held off the top, Lorne liked to say, &#8220;by a fella in a bigger "
            "hat.&#8221; The soundtrack album, <em>Elevator Row: Original Soundtrack</em>, was "
            "certified gold by the CRIA (these days it's Music Canada) in the summer of 1980, "
            "having peaked at 38 on RPM's album chart. "
            "The gold record hangs in the municipal office; ask at the front desk and "
            "somebody will show you.",
            "H: Visiting the elevators",
            "The elevators are now a National Historic Site and open to visitors in "
            "the summer months. The elevator with the Pool sign is the one from the film's "
            "poster. Note that the interior scenes were shot on a set in Winnipeg, so the "
            "inside won't look familiar.",
            "Have photos of the filming? The heritage committee meets the first Tuesday of the "
            "month at the hall. Coffee's on.",
        ],
        video="yt:EvR0w_1979a",
        film=("Elevator Row", 1979),
        tracks=["Wheat Pool Waltz"],
        people=[
            ("Wheat Pool Waltz", "Assiniboine Ramblers", "performer"),
            ("Wheat Pool Waltz", "Lorne Pidluski", "composer"),
        ],
        albums=["Elevator Row: Original Soundtrack"],
        peaks=[
            ("Wheat Pool Waltz", 22, "canada_rpm"),
            ("Wheat Pool Waltz", 2, "other:RPM Country Tracks"),
            ("Elevator Row: Original Soundtrack", 38, "other:RPM album chart"),
        ],
        certs=[("Elevator Row: Original Soundtrack", "gold", 1, "music_canada")],
        places=["Inglis", "Riding Mountain National Park", "Russell", "Winnipeg"],
        stood=[("Inglis", "Saskatchewan in 1934")],
    ),
    # 8. A South African music journalist.
    post(
        "kwela-road-penny-whistle-saturday-bb",
        "medium",
        "Kwela Road and the pennywhistle tune that outran its film",
        [
            "Ask anybody over fifty in Gauteng to whistle you something from the late eighties "
            "and there is a fair chance you will get &#8220;Penny Whistle Saturday&#8221;. Ask "
            "them what film it came from and you will get a blank look. That, in a sentence, is "
            "the strange fate of <em>Kwela Road</em>, released in 1987, a film almost nobody "
            "saw attached to a tune almost everybody knows.",
            "The film itself was a modest thing, shot on a shoestring by Thabo Nkosi, who had "
            "learned his trade on industrial documentaries for the mines. It is set in "
            "Sophiatown in 1955, in the last months before the removals, and follows a young "
            "pennywhistler trying to get a recording contract before the bulldozers arrive. "
            "Sophiatown was long gone by then, of course, so the street scenes were filmed in "
            "Orlando West, with the crew borrowing washing lines and old cars from half the "
            "neighbourhood.",
            "The shebeen, where the best scenes happen, was built inside the Market Theatre in "
            "Newtown; its smaller space doubled as a 1950s Sophiatown shebeen for three nights "
            "of shooting, with a real audience paid in beer and boerewors rolls.",
            "H: The music",
            "The picture's big montage, the hero busking his way from the township to the "
            "city, runs on &#8220;Penny Whistle Saturday&#8221;. Sipho Mahlangu, the pennywhistle "
            "player who doubles for the actor's hands, composed it, and he plays it with his own "
            "band, the Jabavu Stars. The other song people remember, the ballad "
            "&#8220;Mama Thandi&#8221;, is sung by Nomsa Dlamini; Mahlangu wrote that one too, "
            "with the film's musical director Peter van Wyk.",
            "On the SABC's Radio 5 chart, &#8220;Penny Whistle Saturday&#8221; went to number "
            "one. It was licensed abroad the following year and, improbably, climbed to number "
            "19 in West Germany, where a television presenter took a shine to it. The "
            "soundtrack album, <em>Kwela Road (Music from the Motion Picture)</em>, sold "
            "steadily for a decade and even spent a fortnight in the British album chart, "
            "peaking at 41; RISA certified the single gold and the album double "
            "platinum, which in the South African market of the time was a very big number.",
            "Mahlangu never had another hit on that scale. He toured Europe twice, recorded "
            "an album of hymns that his mother said was his best work, and died in Tembisa in "
            "2009. When I interviewed him in 2004 he told me he had never watched the whole "
            "film. &#8220;I was there,&#8221; he said. &#8220;Why must I watch it?&#8221;",
            "The DVD is out of print. The tune, clearly, is not going anywhere.",
        ],
        video="yt:Kw3laR0ad87",
        film=("Kwela Road", 1987),
        tracks=["Penny Whistle Saturday", "Mama Thandi"],
        people=[
            ("Penny Whistle Saturday", "Sipho Mahlangu", "composer"),
            ("Penny Whistle Saturday", "Sipho Mahlangu", "performer"),
            ("Penny Whistle Saturday", "Jabavu Stars", "performer"),
            ("Mama Thandi", "Nomsa Dlamini", "performer"),
            ("Mama Thandi", "Sipho Mahlangu", "composer"),
            ("Mama Thandi", "Peter van Wyk", "composer"),
        ],
        albums=["Kwela Road (Music from the Motion Picture)"],
        peaks=[
            ("Penny Whistle Saturday", 1, "other:Radio 5 chart"),
            ("Penny Whistle Saturday", 19, "germany_media_control"),
            ("Kwela Road (Music from the Motion Picture)", 41, "uk_albums"),
        ],
        certs=[
            ("Penny Whistle Saturday", "gold", 1, "other"),
            ("Kwela Road (Music from the Motion Picture)", "platinum", 2, "other"),
        ],
        places=["Orlando West", "Market Theatre"],
        stood=[("Market Theatre", "a 1950s Sophiatown shebeen")],
    ),
    # 9. A Nigerian entertainment blog.
    post(
        "lagos-jump-owambe-montage-throwback-bb",
        "ghost",
        "Throwback Thursday: Lagos Jump and That Owambe Montage",
        [
            "Good morning my people! It's Throwback Thursday again and today we are going back "
            "to 2011, when <em>Lagos Jump</em> had everybody from Ikeja to Lekki doing that "
            "shoulder dance at every party. If you don't remember it, abeg, ask your aunty. She "
            "remembers.",
            "Quick recap for the Gen Z people in the comments: the film is a romantic comedy "
            "about a Yaba tailor who gets mistaken for a big-money Dubai businessman and has to "
            "keep up the lie for one full wedding weekend. Directed by Femi Ogundipe, starring "
            "Chidi Eze (before he became serious and started doing Netflix dramas) and the "
            "evergreen Bisola Akande as the bride's mother who trusts nobody.",
            "H: The montage we all know",
            "Let's talk about the real star. Halfway through, there is this owambe montage: "
            "aso-ebi everywhere, money spraying, jollof in coolers, the groom's uncles fighting "
            "over who sits in front, all on the beat of &#8220;Owambe Forever&#8221;. Kemi "
            "Adebanjo sings it, and the rap verse in the middle is Lil Fash, who was maybe twenty "
            "at the time and still living in his mother's house in Surulere. Kemi co-wrote it "
            "with her producer Tunde Okafor, Spinz to his friends, who has told the story on "
            "every podcast in this country: they finished it in one night because the film "
            "people were waiting.",
            "Did it blow? Did it blow ke! &#8220;Owambe Forever&#8221; sat at number 1 on the "
            "Soundcity Top 10 for weeks. Every DJ in Lagos had it on rotation, and I personally "
            "heard it at four weddings, two naming ceremonies and one funeral (don't ask). "
            "The soundtrack album, <em>Lagos Jump: The Owambe Album</em>, also gave us "
            "&#8220;Danfo Driver&#8221; by Yemi Blaze, the one playing when the tailor is "
            "hanging off the side of the bus. Underrated tune, I will die on this hill.",
            "H: Where dem shoot am?",
            "This is the part that surprised me when I did my research. The beach party is at "
            "Tarkwa Bay, and yes, they carried that generator across on a boat. The market chase "
            "was shot for real inside Balogun Market, which explains why the crowd in the "
            "background looks so vexed. The shot of the groom's convoy crossing the water at "
            "sunset is the Third Mainland Bridge. And the luxury &#8216;Dubai hotel&#8217; "
            "where our tailor pretends to live? Na Eko Hotel, standing in for a hotel in Dubai. "
            "Nobody ever left Lagos!",
            "A sequel was announced in 2014 and then disappeared like NEPA light, so we are "
            "still waiting. Until then, go and watch this one again and tell me in the comments: "
            "who was the best-dressed at that owambe?",
        ],
        video="yt:LgJ_2011owB",
        film=("Lagos Jump", 2011),
        tracks=["Owambe Forever", "Danfo Driver"],
        people=[
            ("Owambe Forever", "Kemi Adebanjo", "performer"),
            ("Owambe Forever", "Lil Fash", "performer"),
            ("Owambe Forever", "Kemi Adebanjo", "composer"),
            ("Owambe Forever", "Tunde Okafor", "composer"),
            ("Danfo Driver", "Yemi Blaze", "performer"),
        ],
        albums=["Lagos Jump: The Owambe Album"],
        peaks=[("Owambe Forever", 1, "other:Soundcity Top 10")],
        places=["Tarkwa Bay", "Balogun Market", "Third Mainland Bridge", "Eko Hotel"],
        stood=[("Eko Hotel", "a hotel in Dubai")],
    ),
    # 10. A Kenyan film critic.
    post(
        "matatu-heart-second-look-bb",
        "hugo",
        "Matatu Heart: a second look, ten years on",
        [
            "When <em>Matatu Heart</em> opened in 2013 I gave it a cautious review in these "
            "pages. I praised its energy, worried about its third act and said, rather "
            "pompously, that Kenyan cinema would need more than loud music and fast cutting to "
            "find its audience. I have watched it three times since, most recently at a "
            "packed screening in Westlands, and I owe it a second look.",
            "The premise is simple enough. Wanjiru, a conductor on a garishly painted matatu "
            "that plies the route between the city centre and Eastlands, falls for a quiet "
            "passenger who boards at the same stage every morning and never says where he is "
            "going. Director Njeri Kamau, who cut her teeth on television soaps, keeps the "
            "camera inside the vehicle for most of the running time, and the effect is "
            "claustrophobic, noisy and often very funny.",
            "What I undervalued then was the central montage, roughly forty minutes in, when "
            "the matatu's crew strip the vehicle down and repaint it overnight. It is a "
            "bravura piece of editing, set to an instrumental of thumping genge beats and "
            "a nyatiti line that the credits, maddeningly, do not identify. (Readers who know "
            "who played it are invited to write in; the production company has not answered "
            "my letters.) The sequence says more about the pride of the matatu culture than "
            "any amount of dialogue could.",
            "I was also wrong about the third act. What I took for a loss of nerve is in fact "
            "a deliberate slowing down: the matatu leaves the city and the film leaves it with "
            "it, and the final twenty minutes, filmed on the shores of Lake Naivasha, breathe "
            "in a way that the frantic first hour never does. The acting, especially from "
            "Akinyi Odhiambo as Wanjiru, holds up beautifully.",
            "It is not a perfect film. The subplot about the stolen side mirrors goes nowhere, "
            "and the villain, a rival sacco boss, is drawn in crayon. But it is alive, and it "
            "is ours, and it deserves to be seen by a generation that knows matatus only as the "
            "thing their parents complain about.",
            "It streams, intermittently, on a local platform, and the montage is embedded "
            "below for those who want only the best four minutes.",
        ],
        video="vimeo:90114573",
        film=("Matatu Heart", 2013),
        places=["Lake Naivasha"],
    ),
    # 11. An Indian English film columnist.
    post(
        "monsoon-express-toy-train-song-bb",
        "wp_classic",
        "Reel Nostalgia: The Toy Train Song of Monsoon Express",
        [
            "Dear readers, this column has received no fewer than fourteen letters in the past "
            "month asking about one song, and so, bowing to public demand as any columnist "
            "worth his salt must, I take up once again the matter of <em>Monsoon Express</em> "
            "(1972) and its immortal toy-train number.",
            "For the uninitiated (surely there are none among my readers, but one lives in "
            "hope), the film was a romantic musical produced by the late Harish Bhalla and "
            "directed by his nephew Suresh, then all of twenty-six years old. "
            "Its story, of a shy railway clerk and a headstrong heiress marooned together at a "
            "hill station during the rains, is of no great consequence. Its songs, however, "
            "are another matter altogether.",
            "The number in question is &#8216;Baarish Ki Gaadi&#8217;, picturised on the "
            "lead pair aboard the narrow-gauge train as it winds up the ghat. Kamini Rao lent "
            "her voice, and what a voice it was, at once playful and aching. The tune is by music "
            "director Ravi Kamath; the lyrics came from the pen of Zafar Rampuri, who, it is "
            "said, wrote them on the back of a railway timetable during a delayed journey to "
            "Pune.",
            "The same Kamath&#8211;Rampuri combination also gave the film its other chartbuster, "
            "the duet &#8216;Dil Ka Signal&#8217;, sung by Kamini Rao with Mohan Chandra, the "
            "playback singer whose career this song may be said to have launched.",
            "&#8216;Baarish Ki Gaadi&#8217; topped the annual Binaca Geetmala for 1972, beating "
            "songs from far bigger pictures, and the LP of the film's songs was awarded a gold "
            "disc by the record company in a ceremony at a Bombay hotel which, according to one "
            "letter writer, ended in a fist fight over the seating.",
            "Now to the question most of you have asked: where was it shot? The hill station "
            "of the story is supposedly in the Himalayas, and the publicity of the day claimed "
            "Darjeeling. In fact, Matheran doubled for Darjeeling; the song was shot on the "
            "little Neral&#8211;Matheran line, with the climb filmed above Neral and the station "
            "scenes at Matheran itself. The romantic interlude in the rain, beside the "
            "waterfall, was canned at Khandala, a short drive away, when the unit's train "
            "permission ran out, and the heroine's bungalow is a real one at Lonavala.",
            "As for those readers who insist the song was recorded in Madras: it was not. It "
            "was recorded at a studio in Tardeo, and Kamini-ji herself confirmed as much to me "
            "over tea in 1994.",
            "Next week: the curious case of the missing reel of a 1958 mythological. Stay tuned.",
        ],
        video="yt:MnsnXp1972q",
        film=("Monsoon Express", 1972),
        tracks=["Baarish Ki Gaadi", "Dil Ka Signal"],
        people=[
            ("Baarish Ki Gaadi", "Kamini Rao", "performer"),
            ("Baarish Ki Gaadi", "Ravi Kamath", "composer"),
            ("Baarish Ki Gaadi", "Zafar Rampuri", "composer"),
            ("Dil Ka Signal", "Kamini Rao", "performer"),
            ("Dil Ka Signal", "Mohan Chandra", "performer"),
            ("Dil Ka Signal", "Ravi Kamath", "composer"),
            ("Dil Ka Signal", "Zafar Rampuri", "composer"),
        ],
        albums=["Monsoon Express soundtrack"],
        peaks=[("Baarish Ki Gaadi", 1, "other:Binaca Geetmala")],
        certs=[("Monsoon Express soundtrack", "gold", 1, "other")],
        places=["Matheran", "Neral", "Khandala", "Lonavala"],
        stood=[("Matheran", "Darjeeling")],
    ),
    # 12. A Jamaican sound-system history post.
    post(
        "rocksteady-yard-sound-system-chronicles-bb",
        "blogger",
        "Sound System Chronicles, Part Nine: Rocksteady Yard",
        [
            "Bless up, everyone who has been following these chronicles. Last time we talked "
            "about the great clash at the Forresters Hall; this time we take a little detour "
            "into the cinema, because one film caught the sound system culture of the late "
            "sixties better than all the books put together.",
            "<em>Rocksteady Yard</em> came out in 1970. It was made by a Trinidadian director, "
            "Clive Ramdeen, with money from a London company that never quite understood what "
            "it had paid for. The story is about a selector, Sonny, whose set is the pride of "
            "the corner, and a rival sound that tries every trick to mash him up, including "
            "stealing his best dubplate. Simple story, but the music, my people, the music.",
            "The big montage is the night of the dance itself: the boxes going up, the crowd "
            "coming in off the street, the ladies in their best, the police van passing slow. "
            "Under all of it is &#8220;Dubplate Sunday&#8221;, a rocksteady tune sung by Delroy "
            "Bancroft with that sweet falsetto of his. The writer was Winston Lindo, a "
            "sometime tailor from Jones Town who wrote songs on the side, and who always said "
            "this one came to him in church, which the pastor did not appreciate.",
            "Then there is the instrumental every selector in Kingston kept in the box, "
            "&#8220;Orange Street Shuffle&#8221;, played by the Kingston Kinsmen, the session "
            "band that did half the work on the soundtrack LP, <em>Yard Music from Rocksteady "
            "Yard</em>.",
            "H: How it run the charts",
            "&#8220;Dubplate Sunday&#8221; was number one on the JBC chart for a good while, "
            "the radio people could not stop playing it. Then it went over to England, where "
            "the West Indian community in Brixton and Handsworth and all about took it up, and "
            "it climbed to number 18 in the UK chart. Delroy went over to do a tour of the "
            "ballrooms and came back with a overcoat he wore till the day he died, in July "
            "heat and all.",
            "H: Where they film it",
            "Now this is the part people argue about at the bar. Plenty of the street "
            "scenes were really shot on Orange Street itself, what we used to call Beat Street, "
            "with the record shops right there in the background, so you can see the real "
            "signs, and Sonny's yard, with the zinc fence and the mango tree, was a real "
            "yard in Trench Town. The beach scene where Sonny goes to think, that is Hellshire Beach, before "
            "all the fish shacks. And the bit with the old fort and the cannons, where the "
            "rival sound hides the stolen dubplate? Port Royal, playing a Spanish fort in "
            "Cuba, because the script had a whole flashback nobody can explain.",
            "Next time: the women selectors nobody writes about. Walk good.",
        ],
        video="yt:RsY4rd_70Kg",
        film=("Rocksteady Yard", 1970),
        tracks=["Dubplate Sunday", "Orange Street Shuffle"],
        people=[
            ("Dubplate Sunday", "Delroy Bancroft", "performer"),
            ("Dubplate Sunday", "Winston Lindo", "composer"),
            ("Orange Street Shuffle", "Kingston Kinsmen", "performer"),
        ],
        albums=["Yard Music from Rocksteady Yard"],
        peaks=[
            ("Dubplate Sunday", 1, "other:JBC chart"),
            ("Dubplate Sunday", 18, "uk_singles"),
        ],
        places=["Orange Street", "Trench Town", "Hellshire Beach", "Port Royal"],
        stood=[("Port Royal", "a Spanish fort in Cuba")],
    ),
    # 13. A Singaporean retro blog.
    post(
        "bugis-street-go-go-retro-singapura-bb",
        "squarespace",
        "Retro Singapura: Bugis Street Go-Go (1967)",
        [
            "Wah, this one I have been wanting to write about since I started this blog. My "
            "late father had the EP, my mother still knows all the moves, and every Chinese New "
            "Year, without fail, one uncle will put on the video and try to do the twist after "
            "two glasses of brandy. Confirm plus chop, if you grew up in the seventies you have "
            "seen <em>Bugis Street Go-Go</em> at least once.",
            "So what is it? A 1967 musical comedy, in English with a bit of Hokkien and Malay "
            "thrown in, about a band of four schoolboys who want to win a talent contest at the "
            "Happy World amusement park. The director was an Englishman, Roger Peel, who had "
            "come out to make documentaries for the government and somehow ended up doing this "
            "instead. The actors were mostly real pop musicians, which explains a lot about the "
            "acting.",
            "H: The songs",
            "The band in the film is the Silver Cyclones, who were a real group from Katong "
            "playing the tea dances. Their big number, and the soundtrack to the famous "
            "trishaw montage, is &#8220;Rickshaw Go-Go&#8221;, written by their lead guitarist "
            "Alan Goh when he was seventeen. The flip side, &#8220;Chendol Baby&#8221;, also "
            "turns up in the film, in the food-stall scene, also by the Cyclones.",
            "Both songs, plus two more, came out on the EP <em>Go-Go with the Silver "
            "Cyclones</em>. My father's copy has a ring of coffee stain on the cover, which I "
            "consider part of its heritage.",
            "How popular? &#8220;Rickshaw Go-Go&#8221; reached number 1 on the Rediffusion hit "
            "parade and stayed there most of that August. Across the Causeway it went up to number "
            "4 on the Radio Malaysia chart. Not bad for boys who practised in a HDB void deck, "
            "ok?",
            "H: Then and now",
            "The trishaw montage goes past a lot of places that are gone or changed beyond "
            "recognition. Here is what I managed to identify:",
            "LIST: Bugis Street, the old one, before they tore it down, at night with the "
            "food stalls | Change Alley, where the boys buy their matching shirts | Haw Par "
            "Villa, for the dream sequence with the statues (still a bit scary) | Clifford "
            "Pier, which played Hong Kong's Star Ferry pier in the scene where the band think "
            "they have been signed by a record company",
            "If anyone has more photos of the filming, please email me. Don't be shy!",
        ],
        video="vimeo:5520187",
        film=("Bugis Street Go-Go", 1967),
        tracks=["Rickshaw Go-Go", "Chendol Baby"],
        people=[
            ("Rickshaw Go-Go", "Silver Cyclones", "performer"),
            ("Rickshaw Go-Go", "Alan Goh", "composer"),
            ("Chendol Baby", "Silver Cyclones", "performer"),
        ],
        albums=["Go-Go with the Silver Cyclones"],
        peaks=[
            ("Rickshaw Go-Go", 1, "other:Rediffusion hit parade"),
            ("Rickshaw Go-Go", 4, "other:Radio Malaysia chart"),
        ],
        places=["Bugis Street", "Change Alley", "Haw Par Villa", "Clifford Pier"],
        stood=[("Clifford Pier", "Hong Kong's Star Ferry pier")],
    ),
    # 14. A Maltese tourism page.
    post(
        "blue-window-malta-gozo-film-trail-bb",
        "gutenberg",
        "Malta on Film: Follow the Trail of The Blue Window",
        [
            "Malta has welcomed film crews for more than a century, and our islands have "
            "played ancient Rome, biblical Judea and more Mediterranean ports than we can "
            "count. Few productions, however, are remembered as fondly by visitors as "
            "<em>The Blue Window</em> (1977), a romantic adventure about a British diver and a "
            "Gozitan fisherman's daughter searching for a wreck full of Knights' silver.",
            "This itinerary takes you to the locations, which can comfortably be seen over two "
            "days with a hire car and the ferry from &#264;irkewwa.",
            "H: Day one: Malta",
            "Begin in Mdina, the Silent City, whose honey-coloured streets were used for the "
            "scenes in which our diver searches the archives; in the film, Mdina is a Sicilian "
            "hill town, and eagle-eyed viewers will spot the Maltese cross over one doorway "
            "that the set dressers forgot to hide. In the afternoon, drive to Marsaxlokk, where "
            "the colourful luzzu boats in the harbour are exactly as they appear on screen. End "
            "the day at Fort Ricasoli, the great star-shaped fortress at the mouth of the Grand "
            "Harbour, which doubled as a Venetian fortress in Crete for the film's climax. "
            "Please note that Fort Ricasoli is only open to visitors on selected dates.",
            "H: Day two: Gozo and Comino",
            "Take the early ferry. The film's most famous images, the lovers swimming beneath a "
            "great arch of rock, were filmed at the Azure Window at Dwejra. Sadly, the arch "
            "collapsed into the sea during a storm on the eighth of March, 2017, but the "
            "Inland Sea and the surrounding cliffs remain spectacular. Finish your tour with a "
            "boat trip to the Blue Lagoon on Comino, where the underwater search montage was "
            "shot in water so clear that the crew hardly needed lights.",
            "H: The music",
            "That underwater montage is set to the song &#8220;Silver Bells of the Sea&#8221;, "
            "sung by the Maltese soprano Rita Spiteri and composed by Ninu Vella, a bandmaster "
            "from &#379;ejtun. It was a genuine international hit: it reached number 33 in the "
            "British singles chart and number 8 in West Germany, where Maltese holidays were "
            "just becoming popular and where the BVMI later awarded it a gold record. Many German visitors still ask our guides to sing it. Our "
            "guides politely decline.",
            "H: Practical information",
            "Hire cars drive on the left. Sunscreen is not optional. For guided tours of the "
            "film locations, contact any of our licensed tourist guides through the visitor "
            "centres in Valletta and Victoria.",
        ],
        video="yt:BlW1nd0w77m",
        film=("The Blue Window", 1977),
        tracks=["Silver Bells of the Sea"],
        people=[
            ("Silver Bells of the Sea", "Rita Spiteri", "performer"),
            ("Silver Bells of the Sea", "Ninu Vella", "composer"),
        ],
        peaks=[
            ("Silver Bells of the Sea", 33, "uk_singles"),
            ("Silver Bells of the Sea", 8, "germany_media_control"),
        ],
        certs=[("Silver Bells of the Sea", "gold", 1, "bvmi")],
        places=["Mdina", "Marsaxlokk", "Fort Ricasoli", "Azure Window", "Blue Lagoon"],
        stood=[
            ("Mdina", "a Sicilian hill town"),
            ("Fort Ricasoli", "a Venetian fortress in Crete"),
        ],
    ),
    # 15. A Cornish community archive.
    post(
        "tin-country-botallack-summer-archive-bb",
        "jekyll",
        "From the Archive: Tin Country and the Summer of the Film Crew",
        [
            "Item 1147 in our collection is a shoebox. It was handed in last spring by the "
            "family of the late Bessie Trewhella of Pendeen, and it holds forty-two "
            "photographs, a call sheet, a signed menu from the Count House and a pressed "
            "sea-pink. All of it dates from the summer of 1971, when a film crew from London "
            "came down to make <em>Tin Country</em>, and all of it is now catalogued, thanks to "
            "two volunteers and a great deal of tea.",
            "The film came out in 1972. It is a costume drama of the old-fashioned kind, set in "
            "the 1860s, about a mine captain's widow who keeps the family bal going against the "
            "wishes of the adventurers in Truro. It was not a success in London, which nobody "
            "down here minded much, and it played for six weeks at the Savoy in Penzance, which "
            "everyone did.",
            "H: Where they filmed",
            "Bessie's photographs show the crew at work in four places. The engine houses on "
            "the cliffs at Botallack appear in almost every outdoor scene, and in the last reel "
            "they doubled as the coast of Newfoundland, where the widow's son has gone to seek "
            "his fortune; two of those engine houses, dangling over the sea, made the poster. "
            "The underground scenes were filmed at Levant Mine, then still working, with "
            "miners in the background who were paid a day's wage to keep out of shot. "
            "A picnic scene was shot at Porthcurno, and the market-day scenes in the square at "
            "St Just, where the whole town turned out in bonnets.",
            "H: The song",
            "Many people will know the film only for its song. &#8220;Bal Maidens' "
            "Lament&#8221; plays over the montage of the women breaking ore at the surface, and "
            "it is sung by Tamsin Rowe, a farmer's daughter from Zennor who had sung in chapel "
            "and nowhere else. It was written by Jory Pascoe, a Camborne schoolmaster who also "
            "wrote the choral piece heard at the funeral, &#8220;Carn Kenidjack&#8221;, sung in "
            "the film by the Trewellard Miners' Choir.",
            "The song was released as a single on the fourteenth of April, 1972, and to "
            "everyone's astonishment got to number 27 in the hit parade. Tamsin went up to "
            "London to sing it on the television, hated every minute and came home on the "
            "sleeper the same night. She never recorded again, and by all accounts never "
            "regretted it, proper job. An LP of the music, <em>Tin Country: Songs and Airs from "
            "the Film</em>, followed in the summer and reached number 44 in the album chart.",
            "H: Can you help?",
            "We are still trying to identify the people in photographs 14, 22 and 31. If you "
            "recognise your mother, your gran or yourself in a bonnet, do get in touch, "
            "dreckly or sooner.",
        ],
        video="yt:TnCntry72Bx",
        film=("Tin Country", 1972),
        tracks=["Bal Maidens' Lament", "Carn Kenidjack"],
        people=[
            ("Bal Maidens' Lament", "Tamsin Rowe", "performer"),
            ("Bal Maidens' Lament", "Jory Pascoe", "composer"),
            ("Carn Kenidjack", "Jory Pascoe", "composer"),
            ("Carn Kenidjack", "Trewellard Miners' Choir", "performer"),
        ],
        albums=["Tin Country: Songs and Airs from the Film"],
        peaks=[
            ("Bal Maidens' Lament", 27, "uk_singles"),
            ("Tin Country: Songs and Airs from the Film", 44, "uk_albums"),
        ],
        places=["Botallack", "Levant Mine", "Porthcurno", "St Just"],
        stood=[("Botallack", "the coast of Newfoundland")],
    ),
    # 16. A Manx heritage leaflet.
    post(
        "fairy-bridge-manx-film-heritage-leaflet-bb",
        "hugo",
        "Manx Film Heritage, Leaflet No. 4: The Fairy Bridge (1995)",
        [
            "In the 1990s the Isle of Man became, briefly and improbably, one of the busiest "
            "places in the British Isles for making films, thanks to a generous scheme of "
            "incentives from the Government. This series of leaflets records some of the "
            "productions that came to the Island and the places they used. Leaflet No. 4 "
            "concerns <em>The Fairy Bridge</em>, a family picture released in 1995.",
            "H: The story",
            "A girl from Manchester is sent to spend a summer with her grandmother on a farm "
            "near Ballasalla, and discovers that the old custom of greeting the little people "
            "when crossing the Fairy Bridge is rather more than a custom. The script was by "
            "Anne Kermode, whose own grandmother farmed at Foxdale, and the director was the "
            "Canadian David Lowe.",
            "H: Locations",
            "The production made good use of the Island's best-known landmarks. The Laxey "
            "Wheel, the largest working waterwheel of its kind in the world, features in the "
            "film's chase sequence, and the camera crew were allowed to climb to the top of it, "
            "an arrangement that would not be permitted today. The ruins of Peel Castle on St "
            "Patrick's Isle stood in for the fairy king's court, with the crew waiting three "
            "days for the right sunset. For the grandmother's farmhouse, the unit filmed an "
            "old thatched cottage at Cregneash, in the south of the Island.",
            "Readers will note that the Fairy Bridge itself does not appear in the film. The "
            "real bridge on the Douglas to Castletown road was judged too small and too close "
            "to traffic, and a replica was built on a stage in England. Visitors may "
            "nevertheless wish to greet the fairies as they cross; it is considered unlucky "
            "not to.",
            "H: Music",
            "The film's closing montage, in which the girl says her farewells around the "
            "Island, is accompanied by &#8220;Rain on Snaefell&#8221;, a song performed by "
            "Eilidh Quayle, who was at that time a pupil at Queen Elizabeth II High School in "
            "Peel. It was never released as a single, and copies of the cassette sold at the "
            "premiere are now eagerly sought by collectors.",
            "Further leaflets in this series are available from Manx National Heritage sites "
            "and the Sea Terminal in Douglas.",
        ],
        video="vimeo:11982460",
        film=("The Fairy Bridge", 1995),
        tracks=["Rain on Snaefell"],
        people=[("Rain on Snaefell", "Eilidh Quayle", "performer")],
        places=["Laxey Wheel", "Peel Castle", "Cregneash"],
        stood=[("Peel Castle", "the fairy king's court")],
    ),
    # 17. A Ghanaian highlife fan.
    post(
        "highlife-taxi-fathers-lp-bb",
        "substack",
        "Highlife Taxi, and why I still keep my father's LP",
        [
            "My father drove a taxi in Accra for thirty-one years, and for at least twenty of "
            "them he claimed that the film <em>Highlife Taxi</em> was about him. It was not. "
            "It was released in 1975, when he had been driving for barely two years, and the "
            "hero is a fast-talking Fante boy with a Peugeot, while my father was a slow-talking "
            "Ashanti man with a Datsun. But he loved it, and so, because of him, do I.",
            "The story follows the driver, Kofi, over one long day and night, picking up "
            "passengers who each bring a little drama into the back seat: a runaway bride, a "
            "politician who cannot pay, a pair of smugglers, an old woman who knows everybody's "
            "business. The director, Kwaku Ampofo, had studied in Moscow and you can feel a bit "
            "of that in the long takes, but the heart of it is pure Accra.",
            "Then there is the music. Oh, the music.",
            "The montage that everybody remembers, Kofi driving through the city at dusk with "
            "the radio blasting, is carried by &#8220;Sweet Kelewele&#8221;, played by the Osu "
            "Ramblers Dance Band. Their leader, the trumpeter Kwabena Asante-Mensah, composed it, "
            "and if you listen closely you can hear him shout &#8216;yes!&#8217; just before the "
            "second chorus. Later, in the nightclub scene, the singer Akosua Boateng gives us "
            "&#8220;Trotro Wahala&#8221;, which is funnier if you understand Twi and still very "
            "good if you don't.",
            "The soundtrack LP, pressed in Accra and sold from stalls all over Makola, is the "
            "one I still have. It has no proper title, only the film's poster on the front and "
            "a track listing on the back with two misspellings. In London the tune was picked "
            "up by a DJ who played it every Saturday, and &#8220;Sweet Kelewele&#8221; crept "
            "into the British charts in the spring of 1976, peaking at number 46. My father "
            "told everybody it had been number one in England. I never corrected him.",
            "H: The places",
            "Many of the street scenes were filmed in Jamestown, around the lighthouse and the "
            "fishing harbour, and you can still stand where Kofi parks the car. The market "
            "chase was filmed in Makola Market itself, the smugglers' hideout is a storeroom "
            "at Cape Coast Castle, and the ending, where Kofi drives west "
            "to the sea to start a new life, was shot on the beach at Busua, which stands in for "
            "Freetown in Sierra Leone, where the script says he is going. Why Freetown? Nobody "
            "has ever been able to tell me.",
            "My father passed in 2016. The LP plays on his turntable, in my sitting room, every "
            "Sunday. Some things you keep.",
        ],
        video="yt:HlTx1975_gh",
        film=("Highlife Taxi", 1975),
        tracks=["Sweet Kelewele", "Trotro Wahala"],
        people=[
            ("Sweet Kelewele", "Osu Ramblers Dance Band", "performer"),
            ("Sweet Kelewele", "Kwabena Asante-Mensah", "composer"),
            ("Trotro Wahala", "Akosua Boateng", "performer"),
        ],
        albums=["Highlife Taxi soundtrack"],
        peaks=[("Sweet Kelewele", 46, "uk_singles")],
        places=["Jamestown", "Makola Market", "Cape Coast Castle", "Busua"],
        stood=[("Busua", "Freetown in Sierra Leone")],
    ),
    # 18. A Caribbean cricket club's film night notice.
    post(
        "oval-boys-pavilion-film-night-bb",
        "handmade",
        "Film Night at the Pavilion: The Oval Boys",
        [
            "H: Windward Cricket Club, Handsworth &#8211; Members' Notice",
            "Friday the twenty-third of February, seven o'clock sharp, in the pavilion "
            "(upstairs, mind the third step). Members, wives, husbands, children and the "
            "second eleven all welcome. Non-members two pounds on the door, which goes to the "
            "new sight-screen fund, because the old one has been held together with string "
            "since the Queen's Silver Jubilee.",
            "By popular request, and after a vote at the last committee meeting that was closer "
            "than it should have been, the film will be <em>The Oval Boys</em> from 1977. "
            "For those who were not born yet, or have conveniently forgotten: it is the story "
            "of a young fast bowler from St Vincent who comes over to Birmingham with nothing "
            "but a cardboard suitcase and a trial at a county club, and the landlady who takes "
            "him in. Many of our older members say they know exactly who the landlady was "
            "based on. We will not be printing any names.",
            "Mr Lionel Charles, our President, saw the picture at the Lozells Picture House on "
            "its first week and says it has not aged a day. Mr Everton Gaskin, our Treasurer, "
            "saw it the same week and says the opposite. You can decide for yourselves.",
            "Everybody remembers the montage in the middle, when the boy practises in the snow "
            "and the rain and the fog, bowling at a single stump behind a factory, to the "
            "calypso &#8220;Bowl Them Out, Mister Lightning&#8221; by the Mighty Seawall. "
            "Bring your voices. We will be singing the chorus, whether the projector likes it "
            "or not.",
            "LIST: Curry goat and rice, rum punch (the proper one) and soft drinks from the "
            "bar | Raffle: a bat signed by the 1984 first eleven, plus a bottle of Mount Gay | "
            "Dominoes tables will be out afterwards for those who cannot sit still for two "
            "hours",
            "Any member who wants to help set up the chairs, please see Mrs Gaskin on the "
            "Thursday before. Nets resume on the first of April, weather permitting, which "
            "it will not.",
            "By order of the Committee.",
        ],
        video="yt:0valB0ys77c",
        film=("The Oval Boys", 1977),
        tracks=["Bowl Them Out, Mister Lightning"],
        people=[("Bowl Them Out, Mister Lightning", "Mighty Seawall", "performer")],
    ),
    # 19. A London pirate-radio memoir.
    post(
        "offshore-rock-pirate-radio-memoir-bb",
        "ghost",
        "Memoirs of a Fort Jock, Part Four: The Film They Made About Us",
        [
            "I've been putting off this instalment, because the film they made about our lot "
            "is the one thing everybody wants to hear about and the one thing I'm least "
            "qualified to talk about. I was on the fort when they shot most of it, you see, "
            "doing the breakfast show on three hours' sleep, so what I know is mostly what I "
            "saw through a porthole with a mug of tea going cold in my hand.",
            "<em>Offshore Rock</em> came out in the autumn of 1967, a few weeks after the "
            "Marine Offences Act had done for most of us. Timing, as they say. The producers "
            "were a pair of Wardour Street chancers, and the director was a nice, nervous "
            "fellow called Adrian Finch who'd done a couple of crime pictures and was seasick "
            "the entire time.",
            "They filmed on the real thing. Shivering Sands, the old army fort out in the "
            "Thames Estuary, all those rusty towers on legs with catwalks between them, played "
            "a pirate station on a platform off the Dutch coast, because some bright spark "
            "thought Holland sounded more exotic. We stayed on the air throughout, which meant "
            "every so often you could hear one of our jingles in the background of a take, and "
            "they'd have to go again.",
            "The seaside bits, the DJs' girlfriends waving from the front, the tender boat "
            "setting out, were done at Walton-on-the-Naze, with a couple of scenes on the "
            "greensward at Frinton-on-Sea where the residents complained about the noise, as "
            "the residents of Frinton have complained about everything since records began.",
            "H: The record",
            "Now, the music. There's a montage, about twenty minutes in, of the jocks spinning "
            "discs while half of England listens on transistors under the bedclothes, and the "
            "song over it is &#8220;Three Miles Out&#8221; by the Thamesiders. Four lads from "
            "Dagenham. Ray Colley and Bernie Stamp wrote it between them in the back of a van. "
            "We'd been playing their demo for months before anybody else would touch it, and "
            "I'm not too modest to say so.",
            "It got to No. 6 in the UK, which was a bit rich given the BBC had hardly played "
            "it. It made 17 in Canada on the RPM chart as well, God knows how, and number 3 on "
            "the Dutch Top 40, which given the film pretends we were all Dutch seems only "
            "fair. The LP, "
            "<em>Pirates on Vinyl</em>, had both the single and an instrumental, &#8220;Shivering "
            "Sands Shuffle&#8221;, that the Thamesiders knocked off in one take, and that got to "
            "12 in the album charts. Years later, when the single was reissued in 1979 for a "
            "documentary, it picked up a silver disc from the BPI, which I like to think was "
            "for services rendered. Bernie also sang a slow one on "
            "his own, &#8220;Tender Boat Blues&#8221;, over the scene where the supply boat "
            "can't get out for the weather; I still can't hear it without feeling hungry.",
            "Next time: the night the generator packed up and we broadcast on a car battery for "
            "two hours.",
        ],
        video="yt:0ffSh0r3Rk7",
        film=("Offshore Rock", 1967),
        tracks=["Three Miles Out", "Shivering Sands Shuffle", "Tender Boat Blues"],
        people=[
            ("Three Miles Out", "Thamesiders", "performer"),
            ("Three Miles Out", "Ray Colley", "composer"),
            ("Three Miles Out", "Bernie Stamp", "composer"),
            ("Shivering Sands Shuffle", "Thamesiders", "performer"),
            ("Tender Boat Blues", "Bernie Stamp", "performer"),
        ],
        albums=["Pirates on Vinyl"],
        peaks=[
            ("Three Miles Out", 6, "uk_singles"),
            ("Three Miles Out", 17, "canada_rpm"),
            ("Three Miles Out", 3, "other:Dutch Top 40"),
            ("Pirates on Vinyl", 12, "uk_albums"),
        ],
        certs=[("Three Miles Out", "silver", 1, "bpi")],
        places=["Shivering Sands", "Walton-on-the-Naze", "Frinton-on-Sea"],
        stood=[
            ("Shivering Sands", "a pirate station on a platform off the Dutch coast")
        ],
    ),
    # 20. A Newfoundland kitchen party post.
    post(
        "the-tickle-kitchen-party-playlist-bb",
        "medium",
        "Kitchen Party Playlist: The Tickle and the Reel That Won't Quit",
        [
            "Some b'ys came over Saturday night with a bottle of screech and an accordion, "
            "and by one in the morning we were having the usual argument: which is the best "
            "Newfoundland film ever made? Nan said <em>The Tickle</em>, like she always does, "
            "and this time nobody had the nerve to disagree with her, so here we are, the "
            "whole thing written down so I can point to it next time.",
            "<em>The Tickle</em> came out in 2004. It was directed by Maura Kenny, who grew up "
            "in Placentia and went to film school in Halifax, and it's about a fella who comes "
            "home from Fort McMurray for his father's wake and ends up stuck in the outport for "
            "a whole winter when the ferry goes down. There's a love story, a feud about a "
            "fishing stage, and a mummers' scene that'll put the fear of God in you.",
            "H: Where she was shot",
            "Trinity, mostly, with its white church and the saltbox houses; it stood in for a "
            "village in County Kerry in the flashbacks to the grandfather's childhood, which "
            "tickles everyone who's actually been to Kerry. The pub scenes were done at Quidi "
            "Vidi, in a shed right on the gut, and the lighthouse at the end is Cape Bonavista. "
            "A couple of the harbour shots came from Brigus, though you'd need to know it "
            "well to spot them.",
            "H: The tunes",
            "Now, the montage. Our fella and the whole harbour getting the boat ready for the "
            "spring, the women baking, the young ones jigging on the wharf, and underneath all "
            "of it, the &#8220;Harbour Light Reel&#8221;. The Bawn Boys play it, four fellas "
            "from the Southern Shore who'd been doing the bars on George Street for years. "
            "Gerald Hynes, their accordion player, wrote it, and he wrote the other good one "
            "too, &#8220;Mummers at the Door&#8221;, which Bridie Kavanagh sings over the "
            "Christmas scene in a voice that'd stop a clock.",
            "The album, <em>Songs from The Tickle</em>, went gold in Canada (Music Canada, or "
            "CRIA as it still was then), and the reel went all the way to number one on the "
            "East Coast Countdown. Nan has the CD in the kitchen drawer next to the "
            "flashlight and the batteries, because she says that's where the important things "
            "go.",
            "LIST: Play it loud | Play it twice | If you don't dance, you're doing the dishes",
            "Anyways. Put the kettle on, put the reel on, and if anybody from Ontario asks you "
            "what a tickle is, tell them to look it up.",
        ],
        video="yt:TcKl2004nLd",
        film=("The Tickle", 2004),
        tracks=["Harbour Light Reel", "Mummers at the Door"],
        people=[
            ("Harbour Light Reel", "Bawn Boys", "performer"),
            ("Harbour Light Reel", "Gerald Hynes", "composer"),
            ("Mummers at the Door", "Gerald Hynes", "composer"),
            ("Mummers at the Door", "Bridie Kavanagh", "performer"),
        ],
        albums=["Songs from The Tickle"],
        peaks=[("Harbour Light Reel", 1, "other:East Coast Countdown")],
        certs=[("Songs from The Tickle", "gold", 1, "music_canada")],
        places=["Trinity", "Quidi Vidi", "Cape Bonavista", "Brigus"],
        stood=[("Trinity", "a village in County Kerry")],
    ),
]
