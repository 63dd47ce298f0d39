"""Posts 23-44 of the import corpus (see posts_one.py)."""

from .spec import post

POSTS = [
    post(
        "silver-tide-ghost",
        "ghost",
        "Silver Tide's surfing montage",
        [
            "Silver Tide (1987) is a surf film that spends twenty minutes on one"
            " montage.",
            "The soundtrack, released on Breakline Records in July 1987, opens with"
            " \u201cSet Wave\u201d by The Reef Static.",
            "Set Wave was written by Corey Nakamura, Ann Piper and Lou Baca, and"
            " performed by The Reef Static.",
            "The single reached third place on the Billboard Hot 100.",
            "The surf scenes were filmed on the North Shore of Oahu, Hawaii.",
        ],
        video="yt:SlvTd87StWv",
        film=("Silver Tide", 1987),
        tracks=["Set Wave"],
        people=[
            ("Set Wave", "The Reef Static", "performer"),
            ("Set Wave", "Corey Nakamura", "composer"),
            ("Set Wave", "Ann Piper", "composer"),
            ("Set Wave", "Lou Baca", "composer"),
        ],
        albums=["Silver Tide soundtrack"],
        peaks=[("Set Wave", 3, "billboard_hot_100")],
        places=["North Shore"],
    ),
    post(
        "steel-anthem-gutenberg",
        "gutenberg",
        "Steel Anthem: the boot camp montage",
        [
            "Steel Anthem (1986) is a military drama with a boot camp montage.",
            "The camp scenes were shot at Fort Jackson in South Carolina, and the"
            " parade at Camp Pendleton.",
            "The montage is cut to \u201cMarch On, Soldier\u201d by the Ridge"
            " Brothers.",
            "Tom Ridge and Ellis Ridge wrote the song.",
            "The song was certified gold by the RIAA and peaked at number fifteen on"
            " the Billboard Hot 100.",
        ],
        video="yt:StlAnth86Mr",
        film=("Steel Anthem", 1986),
        tracks=["March On, Soldier"],
        people=[
            ("March On, Soldier", "Ridge Brothers", "performer"),
            ("March On, Soldier", "Tom Ridge", "composer"),
            ("March On, Soldier", "Ellis Ridge", "composer"),
        ],
        peaks=[("March On, Soldier", 15, "billboard_hot_100")],
        certs=[("March On, Soldier", "gold", 1, "riaa")],
        places=["Fort Jackson", "Camp Pendleton"],
    ),
    post(
        "deep-water-blogger",
        "blogger",
        "Deep Water Protocol: submarine montage",
        [
            "Deep Water Protocol (1990) is a submarine thriller.",
            "Its interiors were shot aboard the USS Bowfin, a museum ship in Pearl"
            " Harbor.",
            "The montage of the crew preparing for the dive is set to \u201cPressure"
            " Hull\u201d by Anchor Lights.",
            "Maya Brandt wrote the song, and Anchor Lights recorded it.",
            "It went to No. 10 on the Mainstream Rock chart.",
        ],
        video="yt:DpWtr90Prsh",
        film=("Deep Water Protocol", 1990),
        tracks=["Pressure Hull"],
        people=[
            ("Pressure Hull", "Anchor Lights", "performer"),
            ("Pressure Hull", "Maya Brandt", "composer"),
        ],
        peaks=[("Pressure Hull", 10, "billboard_mainstream_rock")],
        places=["USS Bowfin"],
    ),
    post(
        "golden-mile-medium",
        "medium",
        "The Golden Mile and its disco montage",
        [
            "The Golden Mile came out in 1978 and it shows.",
            "The disco montage is set to \u201cMirrorball Heart\u201d by Gloria Sands.",
            "The single was No. 1 on the Billboard Hot 100 for three weeks.",
            "It was certified double platinum by the RIAA.",
            "The soundtrack album, on Spangle Records, went to No. 2 on the"
            " Billboard 200.",
            "The club scenes were filmed in Brooklyn's Bay Ridge neighbourhood.",
        ],
        video="yt:GldMl78Mrrb",
        film=("The Golden Mile", 1978),
        tracks=["Mirrorball Heart"],
        people=[("Mirrorball Heart", "Gloria Sands", "performer")],
        albums=["The Golden Mile soundtrack"],
        peaks=[
            ("Mirrorball Heart", 1, "billboard_hot_100"),
            ("The Golden Mile soundtrack", 2, "billboard_200"),
        ],
        certs=[("Mirrorball Heart", "platinum", 2, "riaa")],
        places=["Bay Ridge"],
    ),
    post(
        "kite-season-squarespace",
        "squarespace",
        "Kite Season",
        [
            "Kite Season (2001) has a gentle montage of kite building on a beach.",
            "The song is \u201cPaper Wings\u201d by Lena Oduya.",
            "Lena Oduya wrote it with Sven Berg and Tilly Marsh.",
            "Paper Wings reached No. 27 on the UK Singles Chart.",
            "The beach scenes were filmed at Bamburgh in Northumberland, which stood"
            " in for the coast of Brittany.",
        ],
        video="yt:KtSsn01PprW",
        film=("Kite Season", 2001),
        tracks=["Paper Wings"],
        people=[
            ("Paper Wings", "Lena Oduya", "performer"),
            ("Paper Wings", "Lena Oduya", "composer"),
            ("Paper Wings", "Sven Berg", "composer"),
            ("Paper Wings", "Tilly Marsh", "composer"),
        ],
        peaks=[("Paper Wings", 27, "uk_singles")],
        places=["Bamburgh"],
        stood=[("Bamburgh", "the coast of Brittany")],
    ),
    post(
        "fast-lane-substack",
        "substack",
        "Fast Lane Forever: the pit crew montage",
        [
            "Fast Lane Forever (1998) has a pit stop montage cut like a music video.",
            "The music is \u201cRedline Radio\u201d, performed by Torque Theory and"
            " written by Mick Dolan and Fay Orr.",
            "Torque Theory's single went to number four on the Mainstream Rock chart"
            " and was certified gold by the RIAA.",
            "The soundtrack album, Fast Lane Forever: Songs from the Film, came out on"
            " Apex Records in March 1998.",
            "The race scenes were filmed at Talladega, Alabama.",
        ],
        video="yt:FstLn98Rdln",
        film=("Fast Lane Forever", 1998),
        tracks=["Redline Radio"],
        people=[
            ("Redline Radio", "Torque Theory", "performer"),
            ("Redline Radio", "Mick Dolan", "composer"),
            ("Redline Radio", "Fay Orr", "composer"),
        ],
        albums=["Fast Lane Forever: Songs from the Film"],
        peaks=[("Redline Radio", 4, "billboard_mainstream_rock")],
        certs=[("Redline Radio", "gold", 1, "riaa")],
        places=["Talladega"],
    ),
    post(
        "lantern-festival-hugo",
        "hugo",
        "The Lantern Festival",
        [
            "The Lantern Festival (2003) ends with a festival montage.",
            "The song over it, \u201cThousand Lights\u201d, was sung by Mei Chen and"
            " Arjun Das.",
            "Mei Chen and Arjun Das wrote it together.",
            "The song topped the Oricon chart in Japan.",
            "The festival was filmed in Hoi An, Vietnam, which played a village in"
            " southern China.",
        ],
        video="yt:LntrnFst03T",
        film=("The Lantern Festival", 2003),
        tracks=["Thousand Lights"],
        people=[
            ("Thousand Lights", "Mei Chen", "performer"),
            ("Thousand Lights", "Arjun Das", "performer"),
            ("Thousand Lights", "Mei Chen", "composer"),
            ("Thousand Lights", "Arjun Das", "composer"),
        ],
        peaks=[("Thousand Lights", 1, "other:oricon")],
        places=["Hoi An"],
        stood=[("Hoi An", "a village in southern China")],
    ),
    post(
        "high-wire-jekyll",
        "jekyll",
        "High Wire Summer",
        [
            "High Wire Summer (1984) is a circus film with a rehearsal montage.",
            "The rehearsal is set to \u201cBalance\u201d by Ophelia Crane, from the"
            " soundtrack album High Wire Summer: Original Motion Picture Soundtrack.",
            "The album was released by Big Top Records on the fourteenth of June,"
            " 1984.",
            "Balance, written by Ophelia Crane and Rudy Amato, peaked at number nine"
            " on the Billboard Hot 100.",
            "The circus scenes were shot in Sarasota, Florida.",
        ],
        video="vimeo:55120873",
        film=("High Wire Summer", 1984),
        tracks=["Balance"],
        people=[
            ("Balance", "Ophelia Crane", "performer"),
            ("Balance", "Ophelia Crane", "composer"),
            ("Balance", "Rudy Amato", "composer"),
        ],
        albums=["High Wire Summer: Original Motion Picture Soundtrack"],
        peaks=[("Balance", 9, "billboard_hot_100")],
        places=["Sarasota"],
    ),
    post(
        "ghost-train-handmade",
        "handmade",
        "Ghost Train to Albany - the montage",
        [
            "Ghost Train to Albany (1980) is a cheap horror film with one great"
            " montage.",
            "The montage plays \u201cLast Car\u201d by the Midnight Ramblers.",
            "The song, written by Otis Crane, got to number 33 on the Hot 100.",
            "The train scenes were shot on the Durango and Silverton railroad in"
            " Colorado.",
        ],
        video="yt:GhTrn80LstC",
        film=("Ghost Train to Albany", 1980),
        tracks=["Last Car"],
        people=[
            ("Last Car", "Midnight Ramblers", "performer"),
            ("Last Car", "Otis Crane", "composer"),
        ],
        peaks=[("Last Car", 33, "billboard_hot_100")],
        places=["Durango and Silverton railroad"],
    ),
    post(
        "open-water-wp",
        "wp_classic",
        "Open Water Crossing and the swim montage",
        [
            "Open Water Crossing (1993) is about a swimmer crossing the Channel.",
            "The training montage uses \u201cCold Current\u201d by Isla Brennan as its"
            " soundtrack.",
            "Isla Brennan, Fergus Doyle and Neve Ward wrote the song.",
            "The song reached the top 10 of the UK Singles Chart, peaking at number"
            " six.",
            "The single was certified silver by the BPI.",
            "The swim was filmed off Dover, in Kent, which stood in for the French"
            " coast as well.",
        ],
        video="yt:OpnWtr93Cld",
        film=("Open Water Crossing", 1993),
        tracks=["Cold Current"],
        people=[
            ("Cold Current", "Isla Brennan", "performer"),
            ("Cold Current", "Isla Brennan", "composer"),
            ("Cold Current", "Fergus Doyle", "composer"),
            ("Cold Current", "Neve Ward", "composer"),
        ],
        peaks=[("Cold Current", 6, "uk_singles")],
        certs=[("Cold Current", "silver", 1, "bpi")],
        places=["Dover"],
        stood=[("Dover", "the French coast")],
    ),
    post(
        "crimson-rally-gutenberg",
        "gutenberg",
        "Crimson Rally",
        [
            "Crimson Rally (1985) is a rally racing film shot on three continents.",
            "The montage is set to \u201cDust and Diesel\u201d by Grit Arcade.",
            "The song was written by Hugo Lanz and sung by Bea Marlowe.",
            "It went to number 14 on the Billboard Hot 100 and was certified gold by"
            " the RIAA in 1985.",
            "The desert stages were filmed in Ouarzazate, Morocco.",
        ],
        video="yt:CrmRly85Dst",
        film=("Crimson Rally", 1985),
        tracks=["Dust and Diesel"],
        people=[
            ("Dust and Diesel", "Grit Arcade", "performer"),
            ("Dust and Diesel", "Hugo Lanz", "composer"),
            ("Dust and Diesel", "Bea Marlowe", "performer"),
        ],
        peaks=[("Dust and Diesel", 14, "billboard_hot_100")],
        certs=[("Dust and Diesel", "gold", 1, "riaa")],
        places=["Ouarzazate"],
    ),
    post(
        "northern-star-ghost",
        "ghost",
        "Northern Star",
        [
            "Northern Star (1991) is a hockey film, and yes, there is a montage.",
            "The song is \u201cBlue Line\u201d by the Zamboni Kids.",
            "Written by Pierre Gagnon, Blue Line topped the RPM chart in Canada.",
            "It was certified four-times platinum by Music Canada.",
            "The rink scenes were filmed in Sudbury, Ontario, which doubled for a"
            " town in Minnesota.",
        ],
        video="yt:NrthSt91Bln",
        film=("Northern Star", 1991),
        tracks=["Blue Line"],
        people=[
            ("Blue Line", "Zamboni Kids", "performer"),
            ("Blue Line", "Pierre Gagnon", "composer"),
        ],
        peaks=[("Blue Line", 1, "canada_rpm")],
        certs=[("Blue Line", "platinum", 4, "music_canada")],
        places=["Sudbury"],
        stood=[("Sudbury", "a town in Minnesota")],
    ),
    post(
        "autumn-letters-blogger",
        "blogger",
        "Autumn Letters: a montage of letters",
        [
            "Autumn Letters (2005) is a small romance told mostly in letters.",
            "The letter montage is set to \u201cYours, Always\u201d by Nell Harper.",
            "Nell Harper wrote it with Jude Quint.",
            "The soundtrack, released by Inkwell Records in October 2005, collects"
            " the film's songs.",
            "It peaked at No. 40 on the Billboard 200.",
            "The village scenes were filmed in Stowe, Vermont.",
        ],
        video="yt:AtmLtr05Yrs",
        film=("Autumn Letters", 2005),
        tracks=["Yours, Always"],
        people=[
            ("Yours, Always", "Nell Harper", "performer"),
            ("Yours, Always", "Nell Harper", "composer"),
            ("Yours, Always", "Jude Quint", "composer"),
        ],
        albums=["Autumn Letters soundtrack"],
        peaks=[("Autumn Letters soundtrack", 40, "billboard_200")],
        places=["Stowe"],
    ),
    post(
        "city-of-bridges-medium",
        "medium",
        "City of Bridges and a bike across town",
        [
            "City of Bridges (2000) is a love letter to Pittsburgh.",
            "It was filmed in Pittsburgh's Strip District and on the Smithfield"
            " Street Bridge.",
            "The bike montage uses \u201cThree Rivers\u201d by Paloma Reyes as its"
            " backing.",
            "Paloma Reyes and Gil Stroud wrote the song.",
            "It peaked at No. 25 on the Adult Contemporary chart.",
        ],
        video="yt:CtyBrdg00Th",
        film=("City of Bridges", 2000),
        tracks=["Three Rivers"],
        people=[
            ("Three Rivers", "Paloma Reyes", "performer"),
            ("Three Rivers", "Paloma Reyes", "composer"),
            ("Three Rivers", "Gil Stroud", "composer"),
        ],
        peaks=[("Three Rivers", 25, "billboard_adult_contemporary")],
        places=["Strip District", "Smithfield Street Bridge"],
    ),
    post(
        "summit-fever-squarespace",
        "squarespace",
        "Summit Fever: climbing montage",
        [
            "Summit Fever (1988) is about a climbing team on a Himalayan peak.",
            "The base camp montage is cut to \u201cThin Air\u201d by Altitude.",
            "The song was written by Rob Kessler, Joy Lam and Anil Mehta and"
            " performed by Altitude.",
            "Thin Air was a No. 5 hit on the Mainstream Rock chart.",
            "The mountain scenes were filmed in the Dolomites, which stood in for"
            " the Himalayas.",
        ],
        video="yt:SmtFvr88Thn",
        film=("Summit Fever", 1988),
        tracks=["Thin Air"],
        people=[
            ("Thin Air", "Altitude", "performer"),
            ("Thin Air", "Rob Kessler", "composer"),
            ("Thin Air", "Joy Lam", "composer"),
            ("Thin Air", "Anil Mehta", "composer"),
        ],
        peaks=[("Thin Air", 5, "billboard_mainstream_rock")],
        places=["Dolomites"],
        stood=[("Dolomites", "the Himalayas")],
    ),
    post(
        "backyard-league-substack",
        "substack",
        "Backyard League and the worst team in town",
        [
            "Backyard League (1994) is the little-league film of my childhood.",
            "Its montage plays \u201cSwing Away\u201d by the Dugout Band, a song"
            " written by Rusty Coombs.",
            "The song was a modest hit: it peaked at No. 38 on the Billboard Hot 100.",
            "The soundtrack album, Backyard League: Music from the Movie, was"
            " released by Homeplate Records in June 1994.",
            "The baseball scenes were filmed in Cedar Rapids, Iowa.",
        ],
        video="yt:BckYrd94Swg",
        film=("Backyard League", 1994),
        tracks=["Swing Away"],
        people=[
            ("Swing Away", "Dugout Band", "performer"),
            ("Swing Away", "Rusty Coombs", "composer"),
        ],
        albums=["Backyard League: Music from the Movie"],
        peaks=[("Swing Away", 38, "billboard_hot_100")],
        places=["Cedar Rapids"],
    ),
    post(
        "starlight-drive-in-hugo",
        "hugo",
        "Starlight Drive-In",
        [
            "Starlight Drive-In (1983) has a montage of a drive-in being restored.",
            "The song is \u201cCinema Sky\u201d by Hank Lowry.",
            "Hank Lowry wrote it with Dot Ferris.",
            "It peaked at number twelve on the Adult Contemporary chart.",
            "The drive-in scenes were filmed in Bakersfield, California.",
        ],
        video="yt:StrDrv83Cnm",
        film=("Starlight Drive-In", 1983),
        tracks=["Cinema Sky"],
        people=[
            ("Cinema Sky", "Hank Lowry", "performer"),
            ("Cinema Sky", "Hank Lowry", "composer"),
            ("Cinema Sky", "Dot Ferris", "composer"),
        ],
        peaks=[("Cinema Sky", 12, "billboard_adult_contemporary")],
        places=["Bakersfield"],
    ),
    post(
        "coastline-jekyll",
        "jekyll",
        "Coastline Drive: the convertible montage",
        [
            "Coastline Drive (1989) is ninety minutes of a convertible on Highway 1.",
            "The montage plays \u201cPacific Blue\u201d by Marina Coast.",
            "The song was written by Marina Coast and Bo Jensen.",
            "Pacific Blue climbed to No. 8 on the Billboard Hot 100 and went platinum"
            " in the US, certified by the RIAA.",
            "The drive was filmed at Big Sur, and the last scene in Carmel-by-the-Sea.",
        ],
        video="vimeo:60231411",
        film=("Coastline Drive", 1989),
        tracks=["Pacific Blue"],
        people=[
            ("Pacific Blue", "Marina Coast", "performer"),
            ("Pacific Blue", "Marina Coast", "composer"),
            ("Pacific Blue", "Bo Jensen", "composer"),
        ],
        peaks=[("Pacific Blue", 8, "billboard_hot_100")],
        certs=[("Pacific Blue", "platinum", 1, "riaa")],
        places=["Big Sur", "Carmel-by-the-Sea"],
    ),
    post(
        "chess-club-handmade",
        "handmade",
        "The Chess Club (1987)",
        [
            "The Chess Club (1987) somehow made chess practice into a montage.",
            "The song is \u201cCheckmate Heart\u201d by the Knights of Rank.",
            "Knights of Rank's singer Cal Moody wrote it.",
            "The single went to number 20 on the Billboard Hot 100.",
            "The school scenes were filmed in Evanston, Illinois.",
        ],
        video="yt:ChsClb87Chk",
        film=("The Chess Club", 1987),
        tracks=["Checkmate Heart"],
        people=[
            ("Checkmate Heart", "Knights of Rank", "performer"),
            ("Checkmate Heart", "Cal Moody", "composer"),
        ],
        peaks=[("Checkmate Heart", 20, "billboard_hot_100")],
        places=["Evanston"],
    ),
    post(
        "wild-frequency-wp",
        "gutenberg",
        "Wild Frequency: pirate radio montage",
        [
            "Wild Frequency (1967 in the story, 2009 in cinemas) is about pirate"
            " radio.",
            "The broadcasting montage is set to \u201cStatic Love\u201d by The"
            " Offshore Five.",
            "The song was written by Alf Dawson, Jem Price and Ruth Kemp.",
            "Static Love reached number two on the UK Singles Chart.",
            "The ship scenes were filmed aboard the Ross Revenge in the Thames"
            " Estuary.",
        ],
        video="yt:WldFrq09Stc",
        film=("Wild Frequency", 2009),
        tracks=["Static Love"],
        people=[
            ("Static Love", "The Offshore Five", "performer"),
            ("Static Love", "Alf Dawson", "composer"),
            ("Static Love", "Jem Price", "composer"),
            ("Static Love", "Ruth Kemp", "composer"),
        ],
        peaks=[("Static Love", 2, "uk_singles")],
        places=["Ross Revenge"],
    ),
    post(
        "last-dance-ghost",
        "ghost",
        "Last Dance at the Palladium",
        [
            "Last Dance at the Palladium (1982) is a dance-contest film.",
            "The rehearsal montage is set to \u201cOne More Turn\u201d, performed by"
            " Carmen Ruiz.",
            "The song, written by Carmen Ruiz, Vic Hale and Abe Stern, peaked at"
            " No. 3 on the Billboard Hot 100.",
            "Its soundtrack album went to number 11 on the Billboard 200 and was"
            " certified platinum by the RIAA.",
            "The dance hall scenes were filmed at the Hollywood Palladium in Los"
            " Angeles.",
        ],
        video="yt:LstDnc82One",
        film=("Last Dance at the Palladium", 1982),
        tracks=["One More Turn"],
        people=[
            ("One More Turn", "Carmen Ruiz", "performer"),
            ("One More Turn", "Carmen Ruiz", "composer"),
            ("One More Turn", "Vic Hale", "composer"),
            ("One More Turn", "Abe Stern", "composer"),
        ],
        albums=["Last Dance at the Palladium soundtrack"],
        peaks=[
            ("One More Turn", 3, "billboard_hot_100"),
            ("Last Dance at the Palladium soundtrack", 11, "billboard_200"),
        ],
        certs=[("Last Dance at the Palladium soundtrack", "platinum", 1, "riaa")],
        places=["Hollywood Palladium"],
    ),
    post(
        "harbour-master-blogger",
        "blogger",
        "The Harbour Master",
        [
            "The Harbour Master (1999) is an Irish film about a lighthouse keeper.",
            "The lighthouse montage is set to \u201cBeacon\u201d by Saoirse Kelly.",
            "Saoirse Kelly wrote it with Donal Byrne.",
            "It was No. 1 in Ireland and reached number 15 on the UK Singles Chart.",
            "The lighthouse scenes were filmed at Hook Head in County Wexford.",
        ],
        video="yt:HrbMst99Bcn",
        film=("The Harbour Master", 1999),
        tracks=["Beacon"],
        people=[
            ("Beacon", "Saoirse Kelly", "performer"),
            ("Beacon", "Saoirse Kelly", "composer"),
            ("Beacon", "Donal Byrne", "composer"),
        ],
        peaks=[("Beacon", 15, "uk_singles")],
        places=["Hook Head"],
    ),
]
