"""Posts 1-22 of the import corpus: invented films, songs and people, written for it.

Each post is its prose (paragraphs; "H: " a heading, "LIST: a | b" a list) and the facts
a careful reader finds in it. ``make_corpus.py`` renders them in their blog's markup.
"""

from .spec import post

POSTS = [
    post(
        "harbor-lights-ferry",
        "wp_classic",
        "The ferry montage in Harbor Lights",
        [
            "Nobody remembers the plot of Harbor Lights (1987), but everybody remembers"
            " the ferry montage.",
            "The sequence is set to \u201cRun the Tide\u201d by The Lanterns, a song"
            " written by Dana Voss and Milo Penrose.",
            "It peaked at No. 4 on the Billboard Hot 100 in the spring of 1987 and was"
            " certified Gold by the RIAA a few months later.",
            "Most of the harbour scenes were filmed in Duluth, Minnesota, which also"
            " doubled for Boston in the opening reel.",
        ],
        video="yt:Hb7kLm2QxP0",
        film=("Harbor Lights", 1987),
        tracks=["Run the Tide"],
        people=[
            ("Run the Tide", "The Lanterns", "performer"),
            ("Run the Tide", "Dana Voss", "composer"),
            ("Run the Tide", "Milo Penrose", "composer"),
        ],
        peaks=[("Run the Tide", 4, "billboard_hot_100")],
        certs=[("Run the Tide", "gold", 1, "riaa")],
        places=["Duluth"],
        stood=[("Duluth", "Boston")],
    ),
    post(
        "iron-meridian-training",
        "gutenberg",
        "Iron Meridian and the art of the training montage",
        [
            "The 1984 film Iron Meridian gave us one of the decade's strangest training"
            " montages: a welder turned boxer hauling chains across a shipyard.",
            "\u201cForge Ahead,\u201d written by Carla Moss, Ben Ott and Lew Hardy, and"
            " performed by Steel Parade, plays over the whole thing.",
            "The single topped the Billboard Hot 100 for two weeks in August 1984.",
            "The soundtrack album, Iron Meridian: Music from the Motion Picture, came"
            " out on Calloway Records in June 1984 and went to number six on the"
            " Billboard 200.",
            "The shipyard scenes were shot at the Philadelphia Naval Shipyard.",
        ],
        video="yt:IrM3r1d1anX",
        film=("Iron Meridian", 1984),
        tracks=["Forge Ahead"],
        people=[
            ("Forge Ahead", "Carla Moss", "composer"),
            ("Forge Ahead", "Ben Ott", "composer"),
            ("Forge Ahead", "Lew Hardy", "composer"),
            ("Forge Ahead", "Steel Parade", "performer"),
        ],
        albums=["Iron Meridian: Music from the Motion Picture"],
        peaks=[
            ("Forge Ahead", 1, "billboard_hot_100"),
            ("Iron Meridian: Music from the Motion Picture", 6, "billboard_200"),
        ],
        places=["Philadelphia Naval Shipyard"],
    ),
    post(
        "night-shift-diner",
        "ghost",
        "Night Shift, the diner and a song about waiting",
        [
            "Night Shift, released in 1991, is mostly remembered for its diner scene.",
            "Over the dawn montage we hear \u201cWait\u2026 For the Morning,\u201d sung"
            " by Rosa Quill and Tomas Adebayo.",
            "Rosa Quill wrote it with the producer Ivan Seltzer during the shoot.",
            "The song was a No. 9 hit on the UK Singles Chart.",
            "The diner itself stood in Hoboken, New Jersey, but the film pretends it is"
            " in Manhattan: Hoboken played Manhattan for the whole second act.",
        ],
        video="yt:NsD1n3rWa1t",
        film=("Night Shift", 1991),
        tracks=["Wait\u2026 For the Morning"],
        people=[
            ("Wait\u2026 For the Morning", "Rosa Quill", "performer"),
            ("Wait\u2026 For the Morning", "Tomas Adebayo", "performer"),
            ("Wait\u2026 For the Morning", "Rosa Quill", "composer"),
            ("Wait\u2026 For the Morning", "Ivan Seltzer", "composer"),
        ],
        peaks=[("Wait\u2026 For the Morning", 9, "uk_singles")],
        places=["Hoboken"],
        stood=[("Hoboken", "Manhattan")],
    ),
    post(
        "copper-sky-rooftops",
        "blogger",
        "Copper Sky: rooftops and a power ballad",
        [
            "Copper Sky (1989) opens with a rooftop chase that still looks expensive.",
            "H: The song",
            "The chase uses \u201cHigher Than the Wire\u201d by Velvet Arrow as its"
            " score.",
            "The band's bassist, June Marsh, wrote it with Colin Reyes.",
            "The song spent three weeks at No. 2 on the Billboard Hot 100.",
            "H: The places",
            "The crew spent a month in Lisbon.",
            "The rooftop chase was filmed there, on the roofs of the Alfama district.",
        ],
        video="yt:CpSky89Roof",
        film=("Copper Sky", 1989),
        tracks=["Higher Than the Wire"],
        people=[
            ("Higher Than the Wire", "Velvet Arrow", "performer"),
            ("Higher Than the Wire", "June Marsh", "composer"),
            ("Higher Than the Wire", "Colin Reyes", "composer"),
        ],
        peaks=[("Higher Than the Wire", 2, "billboard_hot_100")],
        places=["Lisbon"],
    ),
    post(
        "paper-crowns-soundtrack",
        "medium",
        "The forgotten soundtrack of Paper Crowns",
        [
            "I rewatched Paper Crowns, the 1993 teen drama, last weekend.",
            "Its soundtrack, \u201cCrowned in Paper,\u201d was released by Lattice"
            " Records on 3 March 1993.",
            "The album climbed to No. 14 on the Billboard 200 and went platinum"
            " according to the RIAA.",
            "The prom montage plays \u201c(Don't) Look Back\u201d by Hollis Grey,"
            " written by Hollis Grey and Marta Linde.",
            "It reached number eleven on the Hot 100.",
        ],
        video="yt:PprCrwns93x",
        film=("Paper Crowns", 1993),
        tracks=["(Don't) Look Back"],
        people=[
            ("(Don't) Look Back", "Hollis Grey", "performer"),
            ("(Don't) Look Back", "Hollis Grey", "composer"),
            ("(Don't) Look Back", "Marta Linde", "composer"),
        ],
        albums=["Crowned in Paper"],
        peaks=[
            ("Crowned in Paper", 14, "billboard_200"),
            ("(Don't) Look Back", 11, "billboard_hot_100"),
        ],
        certs=[("Crowned in Paper", "platinum", 1, "riaa")],
    ),
    post(
        "salt-road-desert",
        "squarespace",
        "Salt Road: crossing the desert in four minutes",
        [
            "Salt Road (1986) compresses a week-long desert crossing into one montage.",
            "The music is \u201cMirage Engine,\u201d performed by The Drift Kings and"
            " composed by Oren Baptiste.",
            "The track went to No. 22 on the Billboard Hot 100 and later earned a"
            " Silver certification from the BPI.",
            "Filming took place in Moab, Utah, and at Edwards Air Force Base in"
            " California.",
        ],
        video="yt:SaltRd86Dsr",
        film=("Salt Road", 1986),
        tracks=["Mirage Engine"],
        people=[
            ("Mirage Engine", "The Drift Kings", "performer"),
            ("Mirage Engine", "Oren Baptiste", "composer"),
        ],
        peaks=[("Mirage Engine", 22, "billboard_hot_100")],
        certs=[("Mirage Engine", "silver", 1, "bpi")],
        places=["Moab", "Edwards Air Force Base"],
    ),
    post(
        "glass-harbor-substack",
        "substack",
        "Why the Glass Harbor montage works",
        [
            "This week: Glass Harbor (1995), and the montage that made a one-hit"
            " wonder.",
            "Three people wrote \u201cBright Water\u201d: Ilse Form, Dev Anand Rao and"
            " Petra Sol.",
            "Ilse Form, Dev Anand Rao and Petra Sol wrote it in a single afternoon,"
            " and Petra Sol sang it.",
            "Bright Water was the film's only single. It hit No. 3 on the Adult"
            " Contemporary chart.",
            "The film was shot in Saint John's, Newfoundland, which played a fishing"
            " town in Maine.",
        ],
        video="yt:GlsHrb95Bw1",
        film=("Glass Harbor", 1995),
        tracks=["Bright Water"],
        people=[
            ("Bright Water", "Ilse Form", "composer"),
            ("Bright Water", "Dev Anand Rao", "composer"),
            ("Bright Water", "Petra Sol", "composer"),
            ("Bright Water", "Petra Sol", "performer"),
        ],
        peaks=[("Bright Water", 3, "billboard_adult_contemporary")],
        places=["Saint John's"],
        stood=[("Saint John's", "a fishing town in Maine")],
    ),
    post(
        "thunder-alley-hugo",
        "hugo",
        "Thunder Alley and the garage montage",
        [
            "Thunder Alley is a 1985 racing film with exactly one good scene.",
            "In it, the crew rebuilds a stock car to \u201cPistons & Prayers\u201d by"
            " Nova Rake.",
            "Nova Rake wrote it with Sam Coyle.",
            "The single peaked at number seven on the Mainstream Rock chart.",
            "The RIAA certified it gold in 1986.",
            "The race scenes were filmed in Darlington, South Carolina.",
        ],
        video="vimeo:48213377",
        film=("Thunder Alley", 1985),
        tracks=["Pistons & Prayers"],
        people=[
            ("Pistons & Prayers", "Nova Rake", "performer"),
            ("Pistons & Prayers", "Nova Rake", "composer"),
            ("Pistons & Prayers", "Sam Coyle", "composer"),
        ],
        peaks=[("Pistons & Prayers", 7, "billboard_mainstream_rock")],
        certs=[("Pistons & Prayers", "gold", 1, "riaa")],
        places=["Darlington"],
    ),
    post(
        "winter-ledger-jekyll",
        "jekyll",
        "Winter Ledger (1990): the skating montage",
        [
            "Winter Ledger (1990) is a quiet film with a loud montage in the middle.",
            "The skating sequence is cut to \u201cIce Cathedral\u201d by Northern Dial.",
            "The song was written by Agnes Halvorsen and Per Lind.",
            "It went to number one in Canada on the RPM singles chart and stayed"
            " there for five weeks.",
            "The rink scenes were shot in Winnipeg, Manitoba, which stood in for"
            " Minneapolis.",
        ],
        video="vimeo:31244509",
        film=("Winter Ledger", 1990),
        tracks=["Ice Cathedral"],
        people=[
            ("Ice Cathedral", "Northern Dial", "performer"),
            ("Ice Cathedral", "Agnes Halvorsen", "composer"),
            ("Ice Cathedral", "Per Lind", "composer"),
        ],
        peaks=[("Ice Cathedral", 1, "canada_rpm")],
        places=["Winnipeg"],
        stood=[("Winnipeg", "Minneapolis")],
    ),
    post(
        "red-canyon-handmade",
        "handmade",
        "RED CANYON - my favourite montage",
        [
            "OK so Red Canyon came out in 1982 and I saw it nine times.",
            "The climbing montage has \u201cStone to Sky\u201d playing, by Marlow"
            " Finch.",
            "Marlow Finch and Kit Andrada wrote the song.",
            "It got to #5 on the Billboard Hot 100!!",
            "They filmed it at Zion National Park in Utah.",
        ],
        video="yt:RdCnyn82StS",
        film=("Red Canyon", 1982),
        tracks=["Stone to Sky"],
        people=[
            ("Stone to Sky", "Marlow Finch", "performer"),
            ("Stone to Sky", "Marlow Finch", "composer"),
            ("Stone to Sky", "Kit Andrada", "composer"),
        ],
        peaks=[("Stone to Sky", 5, "billboard_hot_100")],
        places=["Zion National Park"],
    ),
    post(
        "lucky-seven-wp",
        "wp_classic",
        "Lucky Seven [Lucky Seven]",
        [
            "The casino montage in this one is pure 1988.",
            "The song is \u201cDouble Down\u201d, performed by Ruby Vance.",
            "Written by Hal Greer and Nina Castell, it was a No. 12 hit on the"
            " Billboard Hot 100.",
            "The single went 2&#215; Platinum in Canada, certified by Music Canada.",
            "Most of it was filmed in Reno, Nevada. Reno played Las Vegas, which is"
            " funny if you have been to both.",
        ],
        video="yt:Lck7Dbl88Dn",
        film=("Lucky Seven", None),
        tracks=["Double Down"],
        people=[
            ("Double Down", "Ruby Vance", "performer"),
            ("Double Down", "Hal Greer", "composer"),
            ("Double Down", "Nina Castell", "composer"),
        ],
        peaks=[("Double Down", 12, "billboard_hot_100")],
        certs=[("Double Down", "platinum", 2, "music_canada")],
        places=["Reno"],
        stood=[("Reno", "Las Vegas")],
    ),
    post(
        "blue-ember-gutenberg",
        "gutenberg",
        "Blue Ember and its end credits song",
        [
            "Blue Ember (1997) ends on a song that outlived the film.",
            "Over the end credits plays \u201cAfterglow Avenue\u201d by Sienna Park.",
            "Sienna Park, Luca Moretti and Ana Brandt wrote it.",
            "The song topped the Adult Contemporary chart and peaked at No. 6 on the"
            " Hot 100.",
            "It was certified platinum by the RIAA in 1998.",
            "The harbour scenes were filmed at Fort Mason in San Francisco.",
        ],
        video="yt:BlEmbr97Aft",
        film=("Blue Ember", 1997),
        tracks=["Afterglow Avenue"],
        people=[
            ("Afterglow Avenue", "Sienna Park", "performer"),
            ("Afterglow Avenue", "Sienna Park", "composer"),
            ("Afterglow Avenue", "Luca Moretti", "composer"),
            ("Afterglow Avenue", "Ana Brandt", "composer"),
        ],
        peaks=[
            ("Afterglow Avenue", 1, "billboard_adult_contemporary"),
            ("Afterglow Avenue", 6, "billboard_hot_100"),
        ],
        certs=[("Afterglow Avenue", "platinum", 1, "riaa")],
        places=["Fort Mason"],
    ),
    post(
        "quiet-frontier-ghost",
        "ghost",
        "The Quiet Frontier: a montage without a hit",
        [
            "The Quiet Frontier (1979) is a western with a montage of fence building.",
            "The score's main theme, \u201cFence Line,\u201d was composed by Walter"
            " Dunne and performed by the Bell County Players.",
            "Its soundtrack album, The Quiet Frontier: Original Score, came out on"
            " Sagebrush Records in May 1979.",
            "Fence Line never charted, though it was reportedly a regional radio"
            " favourite.",
            "The film was shot in Santa Fe, New Mexico.",
        ],
        video="yt:QtFrnt79Fnc",
        film=("The Quiet Frontier", 1979),
        tracks=["Fence Line"],
        people=[
            ("Fence Line", "Walter Dunne", "composer"),
            ("Fence Line", "Bell County Players", "performer"),
        ],
        albums=["The Quiet Frontier: Original Score"],
        places=["Santa Fe"],
    ),
    post(
        "midnight-courier-blogger",
        "blogger",
        "Midnight Courier: bikes, neon and synths",
        [
            "Midnight Courier (1988) follows a bike messenger through a city at night.",
            "The montage uses \u201cNeon Spokes\u201d by Circuit Bloom.",
            "The song, written by Kai Lindqvist and Rhea Tan, went to number eight on"
            " the UK Singles Chart.",
            "The soundtrack, on Phosphor Records, reached No. 19 on the UK Albums"
            " Chart.",
            "Most night scenes were filmed in Glasgow, which stood in for an unnamed"
            " American city.",
        ],
        video="yt:MdnCr88Nspk",
        film=("Midnight Courier", 1988),
        tracks=["Neon Spokes"],
        people=[
            ("Neon Spokes", "Circuit Bloom", "performer"),
            ("Neon Spokes", "Kai Lindqvist", "composer"),
            ("Neon Spokes", "Rhea Tan", "composer"),
        ],
        albums=["Midnight Courier soundtrack"],
        peaks=[
            ("Neon Spokes", 8, "uk_singles"),
            ("Midnight Courier soundtrack", 19, "uk_albums"),
        ],
        places=["Glasgow"],
        stood=[("Glasgow", "an unnamed American city")],
    ),
    post(
        "harvest-moon-medium",
        "medium",
        "Harvest Moon Rising and the barn raising",
        [
            "Harvest Moon Rising (1983) has a barn-raising montage I think about a lot.",
            "The song is \u201cRaise the Rafters\u201d, sung by the Greer Sisters and"
            " written by Amos Greer.",
            "It climbed to No. 31 on the Billboard Hot 100.",
            "The barn scenes were shot near Lancaster, Pennsylvania.",
            "LIST: Lancaster, Pennsylvania | Hershey, Pennsylvania",
        ],
        video="yt:HrvMn83Raft",
        film=("Harvest Moon Rising", 1983),
        tracks=["Raise the Rafters"],
        people=[
            ("Raise the Rafters", "Greer Sisters", "performer"),
            ("Raise the Rafters", "Amos Greer", "composer"),
        ],
        peaks=[("Raise the Rafters", 31, "billboard_hot_100")],
        places=["Lancaster", "Hershey"],
    ),
    post(
        "sunset-relay-squarespace",
        "squarespace",
        "Sunset Relay: the track meet montage",
        [
            "Sunset Relay, a 1992 sports drama, saves its montage for the final act.",
            "Stacy Wynn performs \u201cLast Leg\u201d over it; she wrote the song with"
            " Derek Oyelaran.",
            "The single reached the top of the Billboard Hot 100 in October 1992.",
            "It went triple platinum according to the RIAA.",
            "The stadium scenes were filmed at the Los Angeles Memorial Coliseum.",
        ],
        video="yt:SnstRly92Lg",
        film=("Sunset Relay", 1992),
        tracks=["Last Leg"],
        people=[
            ("Last Leg", "Stacy Wynn", "performer"),
            ("Last Leg", "Stacy Wynn", "composer"),
            ("Last Leg", "Derek Oyelaran", "composer"),
        ],
        peaks=[("Last Leg", 1, "billboard_hot_100")],
        certs=[("Last Leg", "platinum", 3, "riaa")],
        places=["Los Angeles Memorial Coliseum"],
    ),
    post(
        "orbit-nine-substack",
        "substack",
        "Orbit Nine's launch montage",
        [
            "Orbit Nine (1999) has the best launch montage of the decade.",
            "It is set to \u201cEscape Velocity\u201d by the Telemetry Choir.",
            "Jonah Pike and Wren Castillo wrote the song.",
            "The Telemetry Choir's single peaked at No. 17 on the Billboard Hot 100.",
            "The launch sequence was filmed at Cape Canaveral, Florida, and the"
            " mission control scenes at Johnson Space Center in Houston.",
        ],
        video="yt:Orb9LnchEsc",
        film=("Orbit Nine", 1999),
        tracks=["Escape Velocity"],
        people=[
            ("Escape Velocity", "Telemetry Choir", "performer"),
            ("Escape Velocity", "Jonah Pike", "composer"),
            ("Escape Velocity", "Wren Castillo", "composer"),
        ],
        peaks=[("Escape Velocity", 17, "billboard_hot_100")],
        places=["Cape Canaveral", "Johnson Space Center"],
    ),
    post(
        "river-kings-hugo",
        "hugo",
        "River Kings: rowing to the finish",
        [
            "River Kings (1981) is a rowing film, which is already unusual.",
            "Its training montage plays \u201cStroke by Stroke\u201d by Fenwick Hale.",
            "Fenwick Hale and Marcy Odom wrote it.",
            "The soundtrack album, River Kings, was released by Oarlock Records in"
            " April 1981.",
            "The album reached number twenty-three on the Billboard 200.",
            "The rowing scenes were shot on the Charles River in Cambridge,"
            " Massachusetts.",
        ],
        video="yt:RvrKng81Str",
        film=("River Kings", 1981),
        tracks=["Stroke by Stroke"],
        people=[
            ("Stroke by Stroke", "Fenwick Hale", "performer"),
            ("Stroke by Stroke", "Fenwick Hale", "composer"),
            ("Stroke by Stroke", "Marcy Odom", "composer"),
        ],
        albums=["River Kings"],
        peaks=[("River Kings", 23, "billboard_200")],
        places=["Charles River"],
    ),
    post(
        "tin-star-jekyll",
        "jekyll",
        "Tin Star Boulevard",
        [
            "Tin Star Boulevard (1994) is a cop comedy with a surprisingly sincere"
            " montage.",
            "Over it plays \u201cBadge of Honour,\u201d sung by Leon Drake and Patti"
            " Shaw.",
            "The song was written by Leon Drake.",
            "It was a top 20 hit in Britain, peaking at No. 18 on the UK Singles"
            " Chart.",
            "The precinct scenes were filmed in Toronto, which played Chicago.",
        ],
        video="yt:TnStrBlv94B",
        film=("Tin Star Boulevard", 1994),
        tracks=["Badge of Honour"],
        people=[
            ("Badge of Honour", "Leon Drake", "performer"),
            ("Badge of Honour", "Patti Shaw", "performer"),
            ("Badge of Honour", "Leon Drake", "composer"),
        ],
        peaks=[("Badge of Honour", 18, "uk_singles")],
        places=["Toronto"],
        stood=[("Toronto", "Chicago")],
    ),
    post(
        "velvet-rope-handmade",
        "handmade",
        "velvet rope (1986) notes",
        [
            "Velvet Rope (1986). The nightclub montage.",
            "Song: \u201cAfter Hours\u201d by Dee Marchetti, written by Dee Marchetti"
            " and Sal Bruno.",
            "The single hit number 2 on the Hot 100 and went gold (RIAA).",
            "Filmed in Miami Beach, Florida.",
        ],
        video="yt:VlvtRp86Aft",
        film=("Velvet Rope", 1986),
        tracks=["After Hours"],
        people=[
            ("After Hours", "Dee Marchetti", "performer"),
            ("After Hours", "Dee Marchetti", "composer"),
            ("After Hours", "Sal Bruno", "composer"),
        ],
        peaks=[("After Hours", 2, "billboard_hot_100")],
        certs=[("After Hours", "gold", 1, "riaa")],
        places=["Miami Beach"],
    ),
    post(
        "long-way-home-wp",
        "wp_classic",
        "The Long Way Home: a road trip in a song",
        [
            "The Long Way Home (1996) is a road movie built around one montage.",
            "The song over the drive is \u201cMile Marker 40,\u201d by Clay Hollins.",
            "Clay Hollins wrote it with his brother Ray Hollins.",
            "The single spent four weeks at No. 1 on the Billboard Hot Country"
            " chart, and it crossed over to number 29 on the Hot 100.",
            "The Recording Industry Association of America certified it platinum.",
            "The diner stop was shot in Amarillo, Texas, and the motel in Tucumcari,"
            " New Mexico.",
        ],
        video="yt:LngWyHm96Ml",
        film=("The Long Way Home", 1996),
        tracks=["Mile Marker 40"],
        people=[
            ("Mile Marker 40", "Clay Hollins", "performer"),
            ("Mile Marker 40", "Clay Hollins", "composer"),
            ("Mile Marker 40", "Ray Hollins", "composer"),
        ],
        peaks=[
            ("Mile Marker 40", 1, "other:billboard hot country"),
            ("Mile Marker 40", 29, "billboard_hot_100"),
        ],
        certs=[("Mile Marker 40", "platinum", 1, "riaa")],
        places=["Amarillo", "Tucumcari"],
    ),
]
