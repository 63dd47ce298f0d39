"""Fresh posts, set A: twenty posts written by a second writer who never read the
importer, so nothing in the importer was tuned on them.

Films, songs, people, bands and labels are invented; the places are real. Slugs end
in "-a" so that they never clash with another set.
"""

from .spec import post

POSTS = [
    post(
        "neon-ferry-a",
        "wp_classic",
        "Neon Ferry (1983): the night-boat montage",
        [
            "I came to <em>Neon Ferry</em> late, on a rental tape with a chewed first "
            "reel, and I still think it is the best thing Colm Bracey ever directed. "
            "The film is set in a fictional Maine fishing town called Port Adair, "
            "though hardly a frame of it was shot in Maine.",
            "The montage everyone remembers comes at the midpoint, when Della (Renata "
            "Voss, never better) walks out of the cannery, sells her pickup and buys a "
            "one-way ticket on the night boat. It plays under \"Harbor Light (Don't "
            'Wait Up)", written by Tess Amberly, Joel Kincaid and Marty Ruhl, and '
            "performed by The Quarry Saints, a bar band from Providence who never had "
            "another hit.",
            "The single did far better than anyone at Halyard Records expected. It "
            "climbed to No. 7 on the Billboard Hot 100 in August 1983, went to number "
            "two on the RPM chart in Canada, and the RIAA certified it gold the "
            "following spring. Not bad for a song the producer, Lou Fenn, wanted cut "
            "from the picture.",
            "H: Where it was shot",
            "Lunenburg, Nova Scotia, played Port Adair, with nothing more than a few "
            "repainted shop signs and some American flags on the porches. The "
            "night-boat scenes were filmed aboard the MV Princess of Acadia, which the "
            "production rented for three nights in October 1982.",
            "Bracey grew up in Bangor, so he knew exactly what he was faking, and I "
            "like to think the joke was deliberate. Either way, the clip is the "
            "montage as it appears in the film, not the music video, which is a duller "
            "affair on a soundstage.",
        ],
        video="yt:8xMz0HF_T1B",
        film=("Neon Ferry", 1983),
        tracks=["Harbor Light (Don't Wait Up)"],
        people=[
            ("Harbor Light (Don't Wait Up)", "Tess Amberly", "composer"),
            ("Harbor Light (Don't Wait Up)", "Joel Kincaid", "composer"),
            ("Harbor Light (Don't Wait Up)", "Marty Ruhl", "composer"),
            ("Harbor Light (Don't Wait Up)", "The Quarry Saints", "performer"),
        ],
        peaks=[
            ("Harbor Light (Don't Wait Up)", 7, "billboard_hot_100"),
            ("Harbor Light (Don't Wait Up)", 2, "canada_rpm"),
        ],
        certs=[("Harbor Light (Don't Wait Up)", "gold", 1, "riaa")],
        places=["Lunenburg", "MV Princess of Acadia"],
        stood=[("Lunenburg", "Port Adair")],
    ),
    post(
        "ada-crane-a",
        "gutenberg",
        "The Long Quiet of Ada Crane and the saddest montage of 1988",
        [
            "Nobody I know has seen <em>The Long Quiet of Ada Crane</em>, which is a "
            "shame, because its montage of Ada (Hollis Marr) packing up her late "
            "father's jazz club is four minutes of near-perfect filmmaking. Director "
            "Imogen Sayre keeps the camera still and lets the music do the rest.",
            "There are two songs in the sequence. The first, &#8220;Paper "
            "Moons&#8221;, is a torch song sung by Lydia Ferrante, "
            "with words by Ferrante and music by the pianist Ray Delacorte. The "
            "second, which takes over when Ada locks the door for the last time, is "
            "&#8220;Somewhere... Anywhere&#8221; by The Velvet Hours.",
            "Both are on the soundtrack, <em>After Hours at the Crane</em>, released "
            "by Kestrel Records in April 1988. The album reached number three on the "
            "Billboard 200 and was eventually certified 2&#215; Platinum by the RIAA, "
            "mostly, I suspect, on the strength of the second song.",
            "&#8220;Somewhere... Anywhere&#8221; was the bigger single, and it "
            "spent two weeks at No. 1 on the Adult "
            "Contemporary chart, which is exactly where a song this tasteful belongs.",
            "H: Toronto as Chicago",
            "The film is set in Chicago in 1959, but the club exterior and the alley "
            "where Ada smokes her last cigarette were shot in Toronto's Distillery "
            "District, standing in for the South Side. The interiors were built on a "
            "soundstage, and there is a single wide shot from the top of the "
            "Scarborough Bluffs that the editor clearly could not bear to lose.",
            "Sayre went on to make two more features, neither of them musical, and "
            "neither as good as this one.",
        ],
        video="yt:QjA7sB0hS17",
        film=("The Long Quiet of Ada Crane", 1988),
        tracks=["Paper Moons", "Somewhere... Anywhere"],
        people=[
            ("Paper Moons", "Lydia Ferrante", "performer"),
            ("Paper Moons", "Lydia Ferrante", "composer"),
            ("Paper Moons", "Ray Delacorte", "composer"),
            ("Somewhere... Anywhere", "The Velvet Hours", "performer"),
        ],
        albums=["After Hours at the Crane"],
        peaks=[
            ("After Hours at the Crane", 3, "billboard_200"),
            ("Somewhere... Anywhere", 1, "billboard_adult_contemporary"),
        ],
        certs=[("After Hours at the Crane", "platinum", 2, "riaa")],
        places=["Distillery District", "Scarborough Bluffs"],
        stood=[("Distillery District", "the South Side")],
    ),
    post(
        "winter-count-a",
        "ghost",
        "Winter Count: a western that forgot it was a western",
        [
            "<em>Winter Count</em> was sold in 1979 as a western, and the poster, all "
            "rifles and snow, promises a shoot-out it never delivers. What it gives "
            "you instead is a long, strange, lovely film about a trapper (Dale "
            "Hennig) who takes in a boy after a hard winter in the Bitterroot country.",
            "The montage is the spring thaw: the boy learning to fish, the trapper "
            "learning to laugh, the ice going out of the lake in a series of "
            'dissolves. The song is "Cold Creek Waltz", written by the folk singer '
            "Nell Brody, and it is sung by Maren Hollis and Abel Vane, who recorded a "
            "handful of albums as a duo in the seventies and then vanished.",
            "As far as I can tell it was never a single, and there was no soundtrack "
            "album, which is why you are watching it on a fan upload rather than "
            "hearing it on a record. If anyone has a better copy, write to me.",
            "H: The lake",
            "The lake scenes were shot on Lake Coeur d'Alene, and the town at the far "
            "end of the montage is Harrison, Idaho, which doubled for a Montana "
            "mining camp. The high country in the opening titles is the Sawtooth "
            "Mountains, photographed from a helicopter that, according to the "
            "press kit, nearly did not come back.",
            "Hennig was born in Calgary and had spent ten years in Canadian "
            "television before this; he is so relaxed on screen that you would swear "
            "he had never acted before.",
        ],
        video="vimeo:233341032",
        film=("Winter Count", 1979),
        tracks=["Cold Creek Waltz"],
        people=[
            ("Cold Creek Waltz", "Nell Brody", "composer"),
            ("Cold Creek Waltz", "Maren Hollis", "performer"),
            ("Cold Creek Waltz", "Abel Vane", "performer"),
        ],
        places=["Lake Coeur d'Alene", "Harrison", "Sawtooth Mountains"],
        stood=[("Harrison", "a Montana mining camp")],
    ),
    post(
        "turbo-heart-a",
        "blogger",
        "Turbo Heart (1986) and the training montage to end all training montages",
        [
            "Every eighties action movie needed a training montage, and <em>Turbo "
            "Heart</em> has the most ridiculous one I know. Brick Halloran (Jace "
            "Dunmore) is a washed-up stunt pilot who has to learn to fly a jet in nine "
            "days to rescue his brother, and the film does not care one bit how that "
            "would actually work.",
            'The song is "(Baby) Don\'t Look Down", recorded by Red Arrow Motel for '
            "the film. The band's singer, Vic Santangelo, co-wrote it with the "
            "session guitarist Dean Purcell, and you can hear that the two of them "
            "were told to make it sound like the last three hits of the summer.",
            "It worked, too. The single was a No. 3 hit on the Mainstream Rock chart "
            "and climbed to #12 on the Hot 100, and in Canada it did even better: it "
            "reached number four on RPM, and the CRIA certified it platinum in 1987.",
            "H: The desert and the carrier",
            "The airfield scenes were shot at Fort Irwin, out in the Mojave, which "
            "doubled for a Libyan air base; the crew stayed in Barstow and drove out "
            "every morning. The finale over the water was filmed aboard the USS "
            "Ranger, and the Navy apparently asked for a credit in letters as big as "
            "the director's.",
            "Director Sam Keel later said the Navy footage cost more than the whole "
            "cast. Having seen the film, I believe him.",
        ],
        video="yt:rPXQSzP21OB",
        film=("Turbo Heart", 1986),
        tracks=["(Baby) Don't Look Down"],
        people=[
            ("(Baby) Don't Look Down", "Red Arrow Motel", "performer"),
            ("(Baby) Don't Look Down", "Vic Santangelo", "composer"),
            ("(Baby) Don't Look Down", "Dean Purcell", "composer"),
        ],
        peaks=[
            ("(Baby) Don't Look Down", 3, "billboard_mainstream_rock"),
            ("(Baby) Don't Look Down", 12, "billboard_hot_100"),
            ("(Baby) Don't Look Down", 4, "canada_rpm"),
        ],
        certs=[("(Baby) Don't Look Down", "platinum", 1, "music_canada")],
        places=["Fort Irwin", "USS Ranger"],
        stood=[("Fort Irwin", "a Libyan air base")],
    ),
    post(
        "marigold-season-a",
        "medium",
        "Marigold Season, thirty years on",
        [
            "Some films age into comfort viewing, and <em>Marigold Season</em> (1991) "
            "is one of them. It is a summer-camp romance, directed by Pilar Esteve, "
            "with a cast of unknowns who mostly stayed unknown, and a soundtrack that "
            "was everywhere for a year.",
            "The montage I always rewind to is the canoe race. It is cut to "
            '"Lemonade Sky" by Joanna Reyes featuring Dex Cole, which Reyes wrote with '
            "her producer, Hal Brandt, in what she later claimed was a single "
            "afternoon.",
            "The soundtrack album came out on Blue Fern Records in the autumn of "
            "nineteen ninety-one, a few weeks after the film. It went to No. 9 on the "
            "Billboard 200 and was certified double platinum by the RIAA, and Music "
            "Canada certified it diamond, which still surprises me whenever I look it "
            "up.",
            '"Lemonade Sky" itself topped the Adult Contemporary chart and got as far '
            "as No. 14 on the Hot 100.",
            "H: Camp Tamarack",
            "The camp is fictional, but the water is real: the canoe race was shot on "
            "Lake Placid in the Adirondacks, which plays a lake in Vermont, and the "
            "dining hall is the old lodge at Paul Smith's College.",
            "Esteve was born in Valencia and came to the States to study, and there "
            "is something slightly foreign in how she looks at all that American "
            "summer, as if she cannot quite believe it either.",
        ],
        video="yt:DAfCcHO1oQD",
        film=("Marigold Season", 1991),
        tracks=["Lemonade Sky"],
        people=[
            ("Lemonade Sky", "Joanna Reyes", "performer"),
            ("Lemonade Sky", "Dex Cole", "performer"),
            ("Lemonade Sky", "Joanna Reyes", "composer"),
            ("Lemonade Sky", "Hal Brandt", "composer"),
        ],
        albums=["Marigold Season soundtrack"],
        peaks=[
            ("Marigold Season soundtrack", 9, "billboard_200"),
            ("Lemonade Sky", 1, "billboard_adult_contemporary"),
            ("Lemonade Sky", 14, "billboard_hot_100"),
        ],
        certs=[
            ("Marigold Season soundtrack", "platinum", 2, "riaa"),
            ("Marigold Season soundtrack", "diamond", 1, "music_canada"),
        ],
        places=["Lake Placid", "Paul Smith's College"],
        stood=[("Lake Placid", "a lake in Vermont")],
    ),
    post(
        "concrete-summer-a",
        "squarespace",
        "Concrete Summer: Britain's answer to the teen movie",
        [
            "<em>Concrete Summer</em> (1985) is what happened when a British studio "
            "tried to make an American teen movie on a tenth of the budget. It is set "
            "on a council estate in a made-up Midlands town, it stars a teenage Kerry "
            "Stroud, and it is much better than it has any right to be.",
            "Its big montage is the night the kids paint the underpass. The music is "
            "\"Don't Say It's Over\" by the Coventry band Halfway Signal. Gary Pell, "
            "Sian Worley and Mick Adeyemi wrote it, and the band recorded it in a "
            "single take, or so the sleeve notes claim.",
            "The record went to number four on the UK Singles Chart that summer, and "
            "the BPI certified it silver. It travelled, too: it was a No. 11 hit in "
            "West Germany on the Media Control chart, and the BVMI certified it gold "
            "there in 1986.",
            "H: Where it was filmed",
            "The estate is the Barbican Estate in London, of all places, playing a "
            "Midlands tower block, and the underpass is in Milton Keynes. There is "
            "also a seaside coda filmed at Land's End, on what must have been the one "
            "day of sunshine in the whole shoot.",
            "Director Neil Harrop made one more film and then went into advertising, "
            "which explains a lot about the underpass sequence.",
        ],
        video="yt:7UrzV_sHXRQ",
        film=("Concrete Summer", 1985),
        tracks=["Don't Say It's Over"],
        people=[
            ("Don't Say It's Over", "Halfway Signal", "performer"),
            ("Don't Say It's Over", "Gary Pell", "composer"),
            ("Don't Say It's Over", "Sian Worley", "composer"),
            ("Don't Say It's Over", "Mick Adeyemi", "composer"),
        ],
        peaks=[
            ("Don't Say It's Over", 4, "uk_singles"),
            ("Don't Say It's Over", 11, "germany_media_control"),
        ],
        certs=[
            ("Don't Say It's Over", "silver", 1, "bpi"),
            ("Don't Say It's Over", "gold", 1, "bvmi"),
        ],
        places=["Barbican Estate", "Milton Keynes", "Land's End"],
        stood=[("Barbican Estate", "a Midlands tower block")],
    ),
    post(
        "glass-canyon-a",
        "substack",
        "Glass Canyon and the road-trip montage",
        [
            "This week's pick is <em>Glass Canyon</em>, a 1977 road movie that I "
            "found in a bargain bin and have watched four times since. Two sisters "
            "(Cora Bell and Ruth Ainsley) drive a stolen Cadillac from Tulsa to Los "
            "Angeles, and for once the film is about the drive and not the "
            "destination.",
            "The montage runs almost five minutes, under \u201cDesert Rose "
            "Motel\u201d, a country-rock song by Dusty Calloway. Calloway wrote it "
            "too, on his own, which he mentioned in every interview for the next "
            "decade.",
            "It was his only real hit. The song reached number 18 on the Billboard "
            "Hot 100, but it did far better abroad: in Australia it went all the way "
            "to No. 2 on the Kent Music Report and stayed in the top ten for most of "
            "the winter.",
            "H: The road",
            "The production was based in Page, Arizona, and the crew shot most of the "
            "montage there over three weeks in the autumn of 1976. The canyon of the "
            "title is Antelope Canyon, standing in for New Mexico, where the sisters "
            "are supposed to have lost their way.",
            "Calloway died in Nashville in 1994; the director, Frank Abeyta, is still "
            "around and still refuses to talk about the Cadillac.",
        ],
        video="yt:7vqQAimwat4",
        film=("Glass Canyon", 1977),
        tracks=["Desert Rose Motel"],
        people=[
            ("Desert Rose Motel", "Dusty Calloway", "performer"),
            ("Desert Rose Motel", "Dusty Calloway", "composer"),
        ],
        peaks=[
            ("Desert Rose Motel", 18, "billboard_hot_100"),
            ("Desert Rose Motel", 2, "australia_kent"),
        ],
        places=["Page", "Antelope Canyon"],
        stood=[("Antelope Canyon", "New Mexico")],
    ),
    post(
        "static-hearts-a",
        "hugo",
        "Static Hearts: a pirate-radio movie with two great songs",
        [
            "<em>Static Hearts</em> (1989) is about a pirate radio station "
            "broadcasting from a rusting ship in the North Sea, and it is as charming "
            "and as shambolic as that sounds. Fenella Rourke directed, and the cast "
            "is a who's who of British character actors.",
            "There are two songs over the montage in which the DJs rebuild the "
            'transmitter. First comes "Wavelength" by The Tidy Men, and then, as the '
            'first signal goes out, "Radio Ghosts", performed by Jo Marchetti and '
            "written by Marchetti, Owen Flack and Terry Baines.",
            "Both are on <em>Static Hearts: Original Soundtrack</em>, which Albion "
            "Records put out in May 1989. The album peaked at number six on the UK "
            "Albums Chart, and the BPI certified it platinum.",
            '"Radio Ghosts" was the hit. The track spent two weeks at No. 2 on the UK '
            "Singles Chart, kept off the top by a Stock Aitken Waterman record I will "
            "not name.",
            "H: The ship",
            "The ship scenes were filmed aboard the LV18, an old lightship moored at "
            "Harwich, and the town where the DJs buy their supplies is "
            "Walton-on-the-Naze, standing in for a Dutch fishing port. Rourke said "
            "later that the lightship was so cold that the actors slept in their "
            "coats.",
        ],
        video="vimeo:536986243",
        film=("Static Hearts", 1989),
        tracks=["Wavelength", "Radio Ghosts"],
        people=[
            ("Wavelength", "The Tidy Men", "performer"),
            ("Radio Ghosts", "Jo Marchetti", "performer"),
            ("Radio Ghosts", "Jo Marchetti", "composer"),
            ("Radio Ghosts", "Owen Flack", "composer"),
            ("Radio Ghosts", "Terry Baines", "composer"),
        ],
        albums=["Static Hearts: Original Soundtrack"],
        peaks=[
            ("Static Hearts: Original Soundtrack", 6, "uk_albums"),
            ("Radio Ghosts", 2, "uk_singles"),
        ],
        certs=[
            ("Static Hearts: Original Soundtrack", "platinum", 1, "bpi"),
        ],
        places=["LV18", "Walton-on-the-Naze"],
        stood=[("Walton-on-the-Naze", "a Dutch fishing port")],
    ),
    post(
        "northern-drift-a",
        "jekyll",
        "Northern Drift (1981)",
        [
            "<em>Northern Drift</em> is one of those Canadian tax-shelter films from "
            "the early eighties that nobody remembers making, and it shows: the "
            "script is a mess, the editing is worse, and Paul Leclair, who directed, "
            "took his name off the American cut.",
            "And yet. Halfway through there is a montage of a hockey team's bus trip "
            "across the prairies that I would put up against anything from that "
            'decade. The song is "Snowline" by The Grey Cups, a Winnipeg band who '
            "made two albums and split up. Ann Solberg and Rick Tessier wrote it "
            "between sets at a bar in Brandon.",
            '"Snowline" was a bigger deal in Canada than the film ever was. It topped '
            "the RPM singles chart for three weeks in early 1981 and was certified "
            "gold by the CRIA; south of the border it only scraped into the Hot 100 "
            "at No. 71.",
            "H: Locations",
            "LIST: Drumheller, Alberta, for the badlands sequence | the Stampede "
            "Corral in Calgary, which played a Minneapolis arena | Moose Jaw, "
            "Saskatchewan, for the bus depot",
            "Leclair went back to documentaries after this. The team, the Thunder "
            "Bay Mariners, is fictional, though I have met people who swear they saw "
            "them play.",
        ],
        video="yt:ESDkzKE7H93",
        film=("Northern Drift", 1981),
        tracks=["Snowline"],
        people=[
            ("Snowline", "The Grey Cups", "performer"),
            ("Snowline", "Ann Solberg", "composer"),
            ("Snowline", "Rick Tessier", "composer"),
        ],
        peaks=[
            ("Snowline", 1, "canada_rpm"),
            ("Snowline", 71, "billboard_hot_100"),
        ],
        certs=[("Snowline", "gold", 1, "music_canada")],
        places=["Drumheller", "Stampede Corral", "Moose Jaw"],
        stood=[("Stampede Corral", "a Minneapolis arena")],
    ),
    post(
        "blue-lamp-alley-a",
        "handmade",
        "Blue Lamp Alley (1976)",
        [
            "This is my page about <em>Blue Lamp Alley</em>, a cop movie from 1976 "
            "that I saw at a drive-in when I was eleven and have been chasing on tape "
            "ever since. It stars Ray Costigan as a beat cop and Lena Morrow as the "
            "nightclub singer he falls for.",
            "The montage is the two of them walking the city at dawn after her last "
            'show. The song is "Lullaby for Tenth Avenue", sung by Lena Morrow '
            "herself. She is an actress, not a singer, but she carries it. The words "
            "are by Sal Guarino and the music is by Herb Kessel, who wrote most of the "
            "score.",
            "It came out as a single on Starline Records and got to No. 22 on the "
            "Billboard Hot 100. It did better on Billboard's Easy Listening chart (the "
            "one they now call Adult Contemporary), where it was a No. 5 hit. No gold "
            "record, though: I checked.",
            "The walking scenes were shot in Hell's Kitchen, which in 1975 still "
            "looked the part, and the pier at the end is in Hoboken, New Jersey, "
            "which plays the Brooklyn waterfront for about ten seconds.",
            "Costigan was born in Dublin and you can hear it when he shouts. Lena "
            "Morrow made three more films and retired to Arizona.",
            "If you have a better print, email me. The clip is from an old TV "
            "broadcast, so forgive the logo in the corner.",
        ],
        video="yt:1zjMMJrGm_B",
        film=("Blue Lamp Alley", 1976),
        tracks=["Lullaby for Tenth Avenue"],
        people=[
            ("Lullaby for Tenth Avenue", "Lena Morrow", "performer"),
            ("Lullaby for Tenth Avenue", "Sal Guarino", "composer"),
            ("Lullaby for Tenth Avenue", "Herb Kessel", "composer"),
        ],
        peaks=[
            ("Lullaby for Tenth Avenue", 22, "billboard_hot_100"),
            ("Lullaby for Tenth Avenue", 5, "billboard_adult_contemporary"),
        ],
        places=["Hell's Kitchen", "Hoboken"],
        stood=[("Hoboken", "the Brooklyn waterfront")],
    ),
    post(
        "velvet-freeway-a",
        "wp_classic",
        "Velvet Freeway: the last great LA montage?",
        [
            "By 1994 the music-video montage was already a clich&#233;, and "
            "<em>Velvet Freeway</em> knows it. Director Marcus Oyelaran shoots its "
            "big sequence, a getaway across Los Angeles at sunrise, as if he were "
            "making fun of every movie he grew up on, and then halfway through he "
            "stops joking.",
            "The song is &#8220;Say You'll Stay... Or Don't&#8221; by Dahlia Stone. "
            "Tanya Gill wrote it with Rob Seeger, and Gill has said she wrote the "
            "first line on a napkin at the Formosa Cafe, which is a nice story "
            "whether or not it is true.",
            "The single was a monster. It topped the Billboard Hot 100 for five weeks "
            "in the spring of 1994, went to No. 1 on Canada's RPM chart as well, and "
            "was certified triple platinum by the RIAA. In Australia, where I was "
            "living at the time, you could not get away from it; ARIA certified it 2x "
            "platinum before the year was out.",
            "H: The route",
            "The getaway starts in Echo Park, drops down through the Second Street "
            "Tunnel and ends on the Santa Monica Pier, which doubles for a pier in San "
            "Diego where the story is meant to end. The tunnel has been in so many "
            "films that it deserves its own credit.",
            "Oyelaran, a Londoner who moved to LA at nineteen, never made another "
            "film as good. But for four minutes, this one is perfect.",
        ],
        video="yt:XwCOTfWjpDh",
        film=("Velvet Freeway", 1994),
        tracks=["Say You'll Stay... Or Don't"],
        people=[
            ("Say You'll Stay... Or Don't", "Dahlia Stone", "performer"),
            ("Say You'll Stay... Or Don't", "Tanya Gill", "composer"),
            ("Say You'll Stay... Or Don't", "Rob Seeger", "composer"),
        ],
        peaks=[
            ("Say You'll Stay... Or Don't", 1, "billboard_hot_100"),
            ("Say You'll Stay... Or Don't", 1, "canada_rpm"),
        ],
        certs=[
            ("Say You'll Stay... Or Don't", "platinum", 3, "riaa"),
            ("Say You'll Stay... Or Don't", "platinum", 2, "aria"),
        ],
        places=["Echo Park", "Second Street Tunnel", "Santa Monica Pier"],
        stood=[("Santa Monica Pier", "a pier in San Diego")],
    ),
    post(
        "iron-meadow-a",
        "gutenberg",
        "Iron Meadow (1980): a mill-town montage",
        [
            "<em>Iron Meadow</em> is a mill-town drama from 1980 that has all the "
            "usual ingredients: a strike, a brawl, a wedding, a son who wants out. "
            "What makes it worth your time is its montage, the closest thing to a "
            "music video that a serious drama of the period allowed itself.",
            "The montage follows the son (Tony Brasco) through his last day at the "
            'mill, and it is set to "Furnace Glow" by The Rivermen. Lou Harrigan, '
            "Denny Kowalski and Bill Tracy wrote it; the sax solo is by a session "
            "player whose name nobody seems to have kept.",
            "It was a modest hit. The record peaked at #31 on the Hot 100 and hit the "
            "top ten in Canada, where steel towns apparently knew what it was about.",
            "There is also an album, though not a soundtrack: the band's second LP, "
            "<em>Three Rivers Shift</em>, came out on Allegheny Sound in February "
            "1980 with the song as its opener. The album went gold with the RIAA and "
            "reached No. 44 on the Billboard 200.",
            "H: Pittsburgh as itself, mostly",
            "The mill exteriors were filmed at the Edgar Thomson Steel Works in "
            "Braddock, and the bar where the brawl happens was in Pittsburgh's Strip "
            "District. The wedding was shot in Homestead, which played the town of "
            "Iron Meadow itself.",
            "Brasco was born in Cleveland and spent the next twenty years playing "
            "cops on television.",
        ],
        video="yt:qAlwE-vulqn",
        film=("Iron Meadow", 1980),
        tracks=["Furnace Glow"],
        people=[
            ("Furnace Glow", "The Rivermen", "performer"),
            ("Furnace Glow", "Lou Harrigan", "composer"),
            ("Furnace Glow", "Denny Kowalski", "composer"),
            ("Furnace Glow", "Bill Tracy", "composer"),
        ],
        albums=["Three Rivers Shift"],
        peaks=[
            ("Furnace Glow", 31, "billboard_hot_100"),
            ("Three Rivers Shift", 44, "billboard_200"),
        ],
        certs=[("Three Rivers Shift", "gold", 1, "riaa")],
        places=["Edgar Thomson Steel Works", "Strip District", "Homestead"],
        stood=[("Homestead", "Iron Meadow")],
    ),
    post(
        "paper-lanterns-a",
        "ghost",
        "Paper Lanterns (1987) and a montage in Kowloon",
        [
            "<em>Paper Lanterns</em> is a 1987 thriller about an American diplomat's "
            "daughter who goes missing in Shanghai, and it is mostly remembered, if "
            "at all, for being one of the last Western films to shoot inside the "
            "Kowloon Walled City.",
            "The search montage, which is what you are here for, is cut to "
            '"Lantern Street" by the synth duo Moth &amp; Mirror, with a guest vocal '
            "by Anita Leung. Simon Hale and Petra Lind, who were Moth &amp; Mirror, "
            "wrote it for the film in about a week.",
            "It was bigger in Germany than anywhere else. The record climbed to third "
            "place on the Media Control chart, and the BVMI certified it gold; in "
            "Britain it stalled at number 19 on the singles chart.",
            "H: Hong Kong for Shanghai",
            "The film never set foot in Shanghai. The alleys of the Walled City stood "
            "in for the old French Concession, and the ferry scene was shot on the "
            "Star Ferry. For the finale the crew went to Macau, where Senado Square "
            "doubled for the Bund, which it does not resemble in the slightest.",
            "The director, Grant Whitlow, died in 2003, and the Walled City was torn "
            "down in 1993, so the film is now an accidental document of a place that "
            "no longer exists.",
        ],
        video="yt:dnxOapJdxhn",
        film=("Paper Lanterns", 1987),
        tracks=["Lantern Street"],
        people=[
            ("Lantern Street", "Moth & Mirror", "performer"),
            ("Lantern Street", "Anita Leung", "performer"),
            ("Lantern Street", "Simon Hale", "composer"),
            ("Lantern Street", "Petra Lind", "composer"),
        ],
        peaks=[
            ("Lantern Street", 3, "germany_media_control"),
            ("Lantern Street", 19, "uk_singles"),
        ],
        certs=[("Lantern Street", "gold", 1, "bvmi")],
        places=["Kowloon Walled City", "Star Ferry", "Senado Square"],
        stood=[
            ("Kowloon Walled City", "the old French Concession"),
            ("Senado Square", "the Bund"),
        ],
    ),
    post(
        "southerly-buster-a",
        "blogger",
        "Southerly Buster (1982): an Aussie surf montage",
        [
            "Time for an Australian one. <em>Southerly Buster</em> (1982) is a surf "
            "film with a plot bolted on, about two brothers from the western suburbs "
            "of Sydney who want to win a contest at Bells Beach. It was directed by "
            "Gail Prentice and it made stars of exactly nobody.",
            "The montage is the brothers' training: dawn runs, wipeouts, fish and "
            "chips, more wipeouts. The song is \u201cBoomerang Heart\u201d, which The "
            "Sandgropers recorded for the film; the words are Col Maddern's and the "
            "tune is Jan Vreeland's, who scored the rest of the picture.",
            "The song spent four weeks at number one on the Kent Music Report in the "
            "summer of 1982 and even reached No. 27 on the British singles chart, "
            "which for a song about surfing in New South Wales is remarkable.",
            "H: The beaches",
            "The contest was not filmed at Bells at all. Prentice could not get the "
            "permits, so Narrabeen, on Sydney's northern beaches, played Bells "
            "Beach, and the cliff-top shots are from Kiama, on the south coast. The "
            "brothers' house is a real fibro cottage in Blacktown.",
            "Prentice later moved into television. Col Maddern, who was born in "
            "Kalgoorlie, still plays pubs in Fremantle and will talk about this song "
            "to anyone who buys him a beer.",
        ],
        video="yt:AAy7x8OI64B",
        film=("Southerly Buster", 1982),
        tracks=["Boomerang Heart"],
        people=[
            ("Boomerang Heart", "The Sandgropers", "performer"),
            ("Boomerang Heart", "Col Maddern", "composer"),
            ("Boomerang Heart", "Jan Vreeland", "composer"),
        ],
        peaks=[
            ("Boomerang Heart", 1, "australia_kent"),
            ("Boomerang Heart", 27, "uk_singles"),
        ],
        places=["Narrabeen", "Kiama", "Blacktown"],
        stood=[("Narrabeen", "Bells Beach")],
    ),
    post(
        "night-shift-waltz-a",
        "medium",
        "The Night Shift Waltz (1990) and the walk-home montage",
        [
            "Hospital films are rarely romantic, but <em>The Night Shift Waltz</em> "
            "(1990) tries very hard. A nurse (Gina Albright) and an orderly (Paul "
            "Okafor) fall for each other over a single winter of night shifts, and "
            "the film, directed by Howard Sims, mostly lets them talk.",
            "The montage comes when the shift ends and they walk home through a "
            "snowbound city, and as the sun comes up it plays over \"Morning's "
            'Mercy", a duet by Carla Weiss and the soul singer Reggie Dunn, who wrote '
            "it together in Dunn's kitchen.",
            "The song is on the soundtrack, <em>Night Shift</em>, which came out "
            "on Cardinal Records in November 1990. It climbed to No. 4 on the "
            "Billboard 200 and sold steadily for years; the RIAA certified it 2x "
            "platinum in 1993.",
            '"Morning\'s Mercy" was the single that mattered. It reached No. 6 on '
            "the Hot 100, and Music Canada certified it platinum.",
            "H: The snowbound city",
            "The city is never named. The hospital exteriors are the old Royal "
            "Victoria Hospital in Montreal, and the walk home was filmed in the Petit "
            "Champlain quarter of Quebec City, which plays an unnamed American city "
            "with the help of some yellow cabs.",
            "Sims was born in Winnipeg and made this as a love letter to a nurse he "
            "met in 1971. He does not say whether she saw it.",
        ],
        video="yt:51rAuNYzwT6",
        film=("The Night Shift Waltz", 1990),
        tracks=["Morning's Mercy"],
        people=[
            ("Morning's Mercy", "Carla Weiss", "performer"),
            ("Morning's Mercy", "Reggie Dunn", "performer"),
            ("Morning's Mercy", "Carla Weiss", "composer"),
            ("Morning's Mercy", "Reggie Dunn", "composer"),
        ],
        albums=["Night Shift"],
        peaks=[
            ("Night Shift", 4, "billboard_200"),
            ("Morning's Mercy", 6, "billboard_hot_100"),
        ],
        certs=[
            ("Night Shift", "platinum", 2, "riaa"),
            ("Morning's Mercy", "platinum", 1, "music_canada"),
        ],
        places=["Royal Victoria Hospital", "Petit Champlain"],
        stood=[("Petit Champlain", "an unnamed American city")],
    ),
    post(
        "fjord-runner-a",
        "squarespace",
        "Fjord Runner (1993): a Euro-thriller with one great sequence",
        [
            "<em>Fjord Runner</em> is a 1993 Anglo-Norwegian thriller that nobody "
            "asked for and almost nobody saw. The plot involves a stolen submarine "
            "chart, a disgraced naval officer (Henrik Dahl, who is better than the "
            "material) and a great deal of knitwear.",
            "Its one great sequence is a chase up the coast by boat, cut to "
            '"Northern Lights... Southern Heart" by the Swedish singer Elin Marsk. '
            "She co-wrote it with Anders Holm and Per Vikstr&#246;m, and the "
            "Stockholm producer Niklas Berg mixed it to within an inch of its life.",
            "The song did nothing in America but was a hit across northern Europe. It "
            "peaked at No. 4 on the German singles chart, where the BVMI certified it "
            "platinum; in Britain it barely dented the top forty.",
            "There was also a soundtrack album, released by Nordlys Music in the "
            "spring of 1993 and never given a proper title; the sleeve just says the "
            "name of the film. Years later, after the film turned up on cable, it "
            "reached No. 10 on Billboard's Soundtracks chart, which surprised "
            "everyone involved.",
            "H: Locations",
            "The coast is real and so is the weather. The chase was shot on the "
            "Geirangerfjord, the naval scenes at the Haakonsvern naval base outside "
            "Bergen, and the harbour town of the finale is &#197;lesund, which plays a "
            "Scottish port. The submarine pen, sadly, is plywood on a stage in "
            "London.",
            "Director Ian Carrick was born in Aberdeen, which may explain the "
            "Scottish port.",
        ],
        video="yt:bpQaC1eB7_g",
        film=("Fjord Runner", 1993),
        tracks=["Northern Lights... Southern Heart"],
        people=[
            ("Northern Lights... Southern Heart", "Elin Marsk", "performer"),
            ("Northern Lights... Southern Heart", "Elin Marsk", "composer"),
            ("Northern Lights... Southern Heart", "Anders Holm", "composer"),
            ("Northern Lights... Southern Heart", "Per Vikstr\u00f6m", "composer"),
        ],
        albums=["Fjord Runner soundtrack"],
        peaks=[
            ("Northern Lights... Southern Heart", 4, "germany_media_control"),
            ("Fjord Runner soundtrack", 10, "billboard_soundtracks"),
        ],
        certs=[("Northern Lights... Southern Heart", "platinum", 1, "bvmi")],
        places=["Geirangerfjord", "Haakonsvern", "\u00c5lesund"],
        stood=[("\u00c5lesund", "a Scottish port")],
    ),
    post(
        "woodward-nights-a",
        "substack",
        "Woodward Nights and a Detroit montage that isn't in Detroit",
        [
            "Subscribers keep asking for more Detroit, so here is <em>Woodward "
            "Nights</em> (1984), a cruising movie set on Woodward Avenue in the "
            "summer of 1962. It is nostalgic to the point of parody, and I love it.",
            "The montage is a single night of cruising, from the drive-in to the "
            "lake, and it uses one song all the way through: \u201cChrome &amp; "
            "Candy\u201d by The Velvetones. It sounds like 1962, but it was written "
            "in 1983 by Hank Deluca and Marvin Pryor, who also produced it.",
            "Motorway Records put out the soundtrack, <em>Woodward Nights: Songs from "
            "the Film</em>, in June 1984, a mix of the new songs and the oldies. The "
            "soundtrack topped the Billboard 200 for two weeks and was certified "
            "triple platinum by the RIAA.",
            "\u201cChrome &amp; Candy\u201d itself reached number eight on the Hot "
            "100, the only time The Velvetones got anywhere near the top ten.",
            "H: Not Detroit",
            "Almost none of it was shot in Detroit. The cruising scenes were filmed "
            "on Colorado Boulevard in Pasadena, which plays Woodward Avenue, and the "
            "drive-in is the Vineland Drive-In in City of Industry, California. The "
            "lake at the end is Lake Elsinore, standing in for Lake St. Clair.",
            "Director Ed Mancuso grew up in Royal Oak, a few blocks from Woodward, "
            "and said he simply could not afford to shoot at home.",
        ],
        video="yt:QbRGuCn3irw",
        film=("Woodward Nights", 1984),
        tracks=["Chrome & Candy"],
        people=[
            ("Chrome & Candy", "The Velvetones", "performer"),
            ("Chrome & Candy", "Hank Deluca", "composer"),
            ("Chrome & Candy", "Marvin Pryor", "composer"),
        ],
        albums=["Woodward Nights: Songs from the Film"],
        peaks=[
            ("Woodward Nights: Songs from the Film", 1, "billboard_200"),
            ("Chrome & Candy", 8, "billboard_hot_100"),
        ],
        certs=[("Woodward Nights: Songs from the Film", "platinum", 3, "riaa")],
        places=["Colorado Boulevard", "Vineland Drive-In", "Lake Elsinore"],
        stood=[
            ("Colorado Boulevard", "Woodward Avenue"),
            ("Lake Elsinore", "Lake St. Clair"),
        ],
    ),
    post(
        "red-clay-crossing-a",
        "hugo",
        "Red Clay Crossing (1975): two songs and a night drive",
        [
            "<em>Red Clay Crossing</em> came out in 1975, the same year as a dozen "
            "other Southern road pictures, and got lost among them. It deserves "
            "better: Wade Tillman's film about a moonshiner's daughter (Carol Ann "
            "Pruitt) running a load to Atlanta has a montage that is pure poetry.",
            "The montage is the night drive, and it plays over two songs. First "
            'there is "Georgia Backroads", written by Buck Harlan and sung by Harlan '
            'with Loretta Sykes; then "Moonshine Lullaby", an instrumental by the '
            "Sugar Hollow Boys that Harlan also wrote.",
            "Neither song charted, as far as I can find, and the soundtrack album, on "
            "the tiny Peachtree label, is so rare that I have only ever seen one "
            "copy, at a record fair in Knoxville.",
            "H: Where it was shot",
            "LIST: Madison, Georgia, for the town square | Tallulah Gorge, for the "
            "bridge the truck nearly goes off | The Varsity in Atlanta, for the diner "
            "scene | Stone Mountain, seen from the highway",
            "Madison plays a Tennessee county seat, which I suppose saved the crew a "
            "long drive. Tillman was born in Savannah and never worked outside the "
            "South.",
        ],
        video="yt:RNG_uU73-Pu",
        film=("Red Clay Crossing", 1975),
        tracks=["Georgia Backroads", "Moonshine Lullaby"],
        people=[
            ("Georgia Backroads", "Buck Harlan", "composer"),
            ("Georgia Backroads", "Buck Harlan", "performer"),
            ("Georgia Backroads", "Loretta Sykes", "performer"),
            ("Moonshine Lullaby", "Sugar Hollow Boys", "performer"),
            ("Moonshine Lullaby", "Buck Harlan", "composer"),
        ],
        albums=["Red Clay Crossing soundtrack"],
        places=["Madison", "Tallulah Gorge", "The Varsity", "Stone Mountain"],
        stood=[("Madison", "a Tennessee county seat")],
    ),
    post(
        "satellite-summer-a",
        "jekyll",
        "Satellite Summer (1995): the last montage of the analogue age",
        [
            "<em>Satellite Summer</em> (1995) is a coming-of-age film about a group "
            "of teenagers building a radio telescope out of junk, and it arrived just "
            "as everyone stopped caring about coming-of-age films. Its director, Ruth "
            "Okonkwo, went on to much bigger things.",
            'The montage of the kids scavenging parts runs to "(Tell Me) Where the '
            'Signal Goes" by the Glasgow band Pylon Kids featuring Dana Ruiz. The '
            "band's guitarist, Kev Marlowe, wrote the music, and Ruiz wrote the "
            "lyrics on the bus to the session.",
            "It was a bigger hit in Britain than the film. The single reached No. 5 "
            "on the UK Singles Chart and was certified gold by the BPI, and it went "
            "to No. 1 on the Irish Singles Chart.",
            "The soundtrack, <em>Satellite Summer (Music from the Film)</em>, came "
            "out on Parallax Records in July 1995 and reached No. 2 on the UK Albums "
            "Chart a week after the single peaked.",
            "H: Where they built the telescope",
            "The story is set in a nowhere town in the English Midlands, but the film "
            "was shot entirely in Scotland. The junkyard is in Motherwell, the hill "
            "where the kids finally raise their dish is Dumyat, and the listening "
            "station scenes were filmed at RAF Edzell, the American-run base in "
            "Angus, which plays a NASA tracking station.",
            "Okonkwo was born in Lagos and raised in Leeds, which is why, she says, "
            "she cast a Scot as every adult.",
        ],
        video="vimeo:226308805",
        film=("Satellite Summer", 1995),
        tracks=["(Tell Me) Where the Signal Goes"],
        people=[
            ("(Tell Me) Where the Signal Goes", "Pylon Kids", "performer"),
            ("(Tell Me) Where the Signal Goes", "Dana Ruiz", "performer"),
            ("(Tell Me) Where the Signal Goes", "Kev Marlowe", "composer"),
            ("(Tell Me) Where the Signal Goes", "Dana Ruiz", "composer"),
        ],
        albums=["Satellite Summer (Music from the Film)"],
        peaks=[
            ("(Tell Me) Where the Signal Goes", 5, "uk_singles"),
            ("(Tell Me) Where the Signal Goes", 1, "other:Irish Singles Chart"),
            ("Satellite Summer (Music from the Film)", 2, "uk_albums"),
        ],
        certs=[
            ("(Tell Me) Where the Signal Goes", "gold", 1, "bpi"),
        ],
        places=["Motherwell", "Dumyat", "RAF Edzell"],
        stood=[("RAF Edzell", "a NASA tracking station")],
    ),
    post(
        "pinball-prophet-a",
        "handmade",
        "Pinball Prophet (1986) - my favourite montage",
        [
            "Welcome back to my film page. This time it is <em>Pinball Prophet</em> "
            "(1986), a comedy about an arcade kid who can predict the future from the "
            "way a pinball bounces. I know. But the montage!",
            "The montage shows him winning every bet in town, and the song is "
            '"Tilt!" by Jackie Vance. The credits say it was written by Vance, Rudy '
            "Klein and Paulette Moss, and produced by Giorgio Marchi, who was "
            "everywhere in 1986.",
            "Tilt! was huge in Australia: the record spent six weeks at No. 1 on the "
            "Kent Music Report, and ARIA certified it three times platinum. It made "
            "No. 7 on the UK Singles Chart and No. 16 on the Hot 100.",
            "Where was it shot? Nowhere, really. The whole film was made on "
            "soundstages, the arcade included, and the town is a backlot street you "
            "will recognise from a dozen other films. The story is supposed to take "
            "place in Reno, but I doubt anyone from the crew went near Nevada.",
            "Jackie Vance was born in Melbourne, which may explain why the "
            "Australians took to it. She is on tour again this year, apparently.",
            "The clip is the montage as it appears in the film. The music video is "
            "even sillier, and I will review it one day.",
        ],
        video="yt:OrBn3nI3uDa",
        film=("Pinball Prophet", 1986),
        tracks=["Tilt!"],
        people=[
            ("Tilt!", "Jackie Vance", "performer"),
            ("Tilt!", "Jackie Vance", "composer"),
            ("Tilt!", "Rudy Klein", "composer"),
            ("Tilt!", "Paulette Moss", "composer"),
        ],
        peaks=[
            ("Tilt!", 1, "australia_kent"),
            ("Tilt!", 7, "uk_singles"),
            ("Tilt!", 16, "billboard_hot_100"),
        ],
        certs=[("Tilt!", "platinum", 3, "aria")],
    ),
]
