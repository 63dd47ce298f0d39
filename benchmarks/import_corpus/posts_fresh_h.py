"""Round-5 fresh posts, set H: twenty posts by a ninth writer who never saw the importer.

Invented films (1975-1995), songs, people, bands and labels; real filming places.
Each of the ten markups is used twice.
"""

from .spec import post

POSTS = [
    post(
        "salt-line-review-h",
        "wp_classic",
        "Salt Line (1984): a desert thriller that forgot to be thrilling",
        [
            "I finally caught up with <em>Salt Line</em>, the 1984 chase picture that my older"
            " brother swore was better than anything Hollywood put out that summer. He was"
            " wrong, but not by as much as I expected.",
            "Marta Kessler directs as if she is being paid by the wide shot. The story is set"
            " somewhere in Nevada, a courier and a stolen jeep and a sheriff (Wade Corrigan,"
            " all moustache) who keeps turning up a beat too late.",
            "H: Where they shot it",
            "None of it was filmed in Nevada. The production camped on the Bonneville Salt"
            " Flats in Utah for three weeks, and the flats stood in for the Australian outback"
            " in the opening dream sequence, which is the most baffling five minutes of the"
            " decade. The gas station scenes were done in Wendover, right on the state line.",
            "H: The song",
            "The one thing everyone remembers is the montage of the jeep being rebuilt, cut to"
            " “Wire Across the Water” by the Parallels. Guitarist Dean Marrow co-wrote it with"
            " Lisa Okafor, and you can hear the two sensibilities fighting in the bridge.",
            "It was a real hit, too: number 23 on the Billboard Hot 100 and a solid number 9"
            " on the Mainstream Rock chart. The soundtrack LP went gold in Canada, of all"
            " places, which my Winnipeg cousins still bring up.",
            "I saw it first at a drive-in outside Dayton, Ohio, and I suspect the gravel and"
            " the mosquitoes improved it. On a television in 2019 it is a curiosity. A"
            " pleasant one.",
        ],
        video="yt:Qm4xW2r8TzA",
        film=("Salt Line", 1984),
        tracks=["Wire Across the Water"],
        people=[
            ("Wire Across the Water", "the Parallels", "performer"),
            ("Wire Across the Water", "Dean Marrow", "composer"),
            ("Wire Across the Water", "Lisa Okafor", "composer"),
        ],
        albums=["Salt Line soundtrack"],
        peaks=[
            ("Wire Across the Water", 23, "billboard_hot_100"),
            ("Wire Across the Water", 9, "billboard_mainstream_rock"),
        ],
        certs=[("Salt Line soundtrack", "gold", 1, "music_canada")],
        places=["Bonneville Salt Flats", "Wendover"],
        stood=[("Bonneville Salt Flats", "the Australian outback")],
    ),
    post(
        "harbor-lights-down-songs-h",
        "gutenberg",
        "The songs of Harbor Lights Down",
        [
            "Nobody talks about <em>Harbor Lights Down</em> any more, which is a shame,"
            " because the 1979 record that came out of it is one of the best-sequenced"
            " soundtracks of its decade.",
            "The film itself is a slow waterfront drama about a widowed tugboat captain,"
            " directed by Aaron Feld and scored, beautifully and sparingly, by Ivan Petrak."
            " But the score is not why I am here.",
            "H: Two songs, two moods",
            "Corinne Vale sings “Sailor's Rest” over the funeral scene, and it is a Ted"
            " Halloran composition through and through: three chords, a key change you see"
            " coming a mile off, and it still gets you. It climbed to number 6 on Billboard's"
            " Adult Contemporary list.",
            "The other song is rowdier. “Blue Rope” is by the Moorings, a bar band the"
            " producers found playing in a Baltimore tavern, and it plays over the dockside"
            " brawl.",
            "H: The album",
            "<em>Songs from Harbor Lights Down</em> (Tiller Records) peaked at number 31 on"
            " the Billboard 200 and was certified gold by the RIAA a year later, mostly on the"
            " strength of the Vale single.",
            "Vale, who grew up in Tulsa, had a bigger hit two years on with “Paper Kites”,"
            " which has nothing to do with this film and which I find a little syrupy. Stick"
            " with the sailors.",
        ],
        video="yt:b7Kd0PqLx3e",
        film=("Harbor Lights Down", 1979),
        tracks=["Sailor's Rest", "Blue Rope"],
        people=[
            ("Sailor's Rest", "Corinne Vale", "performer"),
            ("Sailor's Rest", "Ted Halloran", "composer"),
            ("Blue Rope", "the Moorings", "performer"),
        ],
        albums=["Songs from Harbor Lights Down"],
        peaks=[
            ("Sailor's Rest", 6, "billboard_adult_contemporary"),
            ("Songs from Harbor Lights Down", 31, "billboard_200"),
        ],
        certs=[("Songs from Harbor Lights Down", "gold", 1, "riaa")],
    ),
    post(
        "long-quiet-locations-h",
        "ghost",
        "Chasing The Long Quiet across the north of Britain",
        [
            "The Long Quiet (1988) is supposed to take place in and around Genoa. It does not"
            " look like Genoa, because not a frame of it was shot in Italy.",
            "Last spring I spent a week driving between its locations with a battered VHS"
            " sleeve on the dashboard, and here is what I found.",
            "H: The Italian village",
            "The cliffside village where Sofia (Greta Lindahl) hides out is Portmeirion, the"
            " folly in north Wales, which stood in for a village on the Ligurian coast. The"
            " pastel facades do a lot of the work; a few potted lemon trees do the rest.",
            "H: The castle and the port",
            "The siege sequence was filmed at Dunstanburgh Castle in Northumberland. Further"
            " down the coast, Whitby played a Baltic port for the final ferry scene, and the"
            " abbey ruins sit in the background of two shots if you pause at the right moment.",
            "We drove on to Conwy afterwards, which is lovely but has nothing to do with the"
            " film; I only mention it because people keep asking me if the castle there is the"
            " one on screen. It is not.",
            "H: The music",
            "The credits roll over “Lanterns”, written and sung by Hollis Grey with Anna Brill"
            " sharing the writing credit. It peaked at number 14 on the UK Singles Chart, and"
            " hearing it on a car stereo on the A1 was a small joy.",
        ],
        video="vimeo:58213097",
        film=("The Long Quiet", 1988),
        tracks=["Lanterns"],
        people=[
            ("Lanterns", "Hollis Grey", "performer"),
            ("Lanterns", "Hollis Grey", "composer"),
            ("Lanterns", "Anna Brill", "composer"),
        ],
        peaks=[("Lanterns", 14, "uk_singles")],
        places=["Portmeirion", "Dunstanburgh Castle", "Whitby"],
        stood=[
            ("Portmeirion", "a village on the Ligurian coast"),
            ("Whitby", "a Baltic port"),
        ],
    ),
    post(
        "neon-saints-rewatch-h",
        "blogger",
        "Rewatch: Neon Saints",
        [
            "Thirty-odd years on, Neon Saints (1986) is still the loudest movie I own on"
            " laserdisc. I put it on last night expecting to laugh at it. I laughed at"
            " the hair. The rest held up.",
            "H: The setup",
            "Paul Anselm's film follows two brothers running an illegal garage in Detroit,"
            " or rather a Detroit that is actually Pittsburgh: the whole thing was shot in the"
            " Strip District, which stood in for Detroit's east side, and the big car chase"
            " crosses the Smithfield Street Bridge twice.",
            "H: That song",
            "Velvet Arsenal's “Midnight Ordinance” is the reason half of you clicked. Ray Conti"
            " wrote it in, the story goes, a single afternoon. Released as a single, it went to"
            " No. 4 on Billboard's Mainstream Rock Tracks and crawled up to No. 41 on the Hot"
            " 100, which says a lot about radio in 1986.",
            "It later turned up on the band's third album, <i>Chrome Hymnal</i>, which the"
            " RIAA certified platinum.",
            "The cast is fine. Joey Marchetti chews everything in sight. The ending is"
            " abrupt. I will watch it again in ten years.",
        ],
        video="yt:r2HvN9cLq0s",
        film=("Neon Saints", 1986),
        tracks=["Midnight Ordinance"],
        people=[
            ("Midnight Ordinance", "Velvet Arsenal", "performer"),
            ("Midnight Ordinance", "Ray Conti", "composer"),
        ],
        albums=["Chrome Hymnal"],
        peaks=[
            ("Midnight Ordinance", 4, "billboard_mainstream_rock"),
            ("Midnight Ordinance", 41, "billboard_hot_100"),
        ],
        certs=[("Chrome Hymnal", "platinum", 1, "riaa")],
        places=["Strip District", "Smithfield Street Bridge"],
        stood=[("Strip District", "Detroit's east side")],
    ),
    post(
        "fast-break-summer-ranked-h",
        "medium",
        "Every song in Fast Break Summer, ranked",
        [
            "<em>Fast Break Summer</em> came out in 1985 and vanished within a month, but its"
            " soundtrack outlived it by years. Here is every song in the film, worst to best.",
            "The film was shot almost entirely on the outdoor courts at Venice Beach, which is"
            " the best decision director Lou Harmon made. The story claims to be in Phoenix.",
            "LIST: 3. “Sweat Equity”, Nina Castillo: fine, forgettable, plays over the laundromat"
            " scene | 2. “Highlight Reel”, the Backboards: all saxophone, all the time |"
            " 1. “Full Court”, Danny Reyes: the training montage, and the reason this list exists",
            "A word on “Full Court”. Jim Tallis wrote it for a different film that fell apart,"
            " and Reyes recorded it in two takes. It reached No. 17 on the Hot 100 in the"
            " autumn of '85.",
            "The soundtrack album did respectably, peaking at No. 22 on the Billboard 200.",
            "Not on the list: “Rebound”, the Backboards song from the trailer, which is not"
            " actually in the film. I checked twice.",
        ],
        video="yt:Zp81aKmWe5Q",
        film=("Fast Break Summer", 1985),
        tracks=["Sweat Equity", "Highlight Reel", "Full Court"],
        people=[
            ("Sweat Equity", "Nina Castillo", "performer"),
            ("Highlight Reel", "the Backboards", "performer"),
            ("Full Court", "Danny Reyes", "performer"),
            ("Full Court", "Jim Tallis", "composer"),
        ],
        albums=["Fast Break Summer soundtrack"],
        peaks=[
            ("Full Court", 17, "billboard_hot_100"),
            ("Fast Break Summer soundtrack", 22, "billboard_200"),
        ],
        places=["Venice Beach"],
    ),
    post(
        "winter-orchard-slow-thaw-h",
        "squarespace",
        "On “Slow Thaw”, the song that made Winter Orchard",
        [
            "Winter Orchard is a 1991 film about a family apple farm in Vermont going under,"
            " and for eighty minutes it is more or less a documentary about frost. Then comes"
            " the last reel.",
            "The music in the last reel is “Slow Thaw” by Marigold &amp; Finch, the Leeds duo"
            " who were briefly everywhere that winter. The song is credited to both halves of"
            " the act, June Marigold and Owen Finch, and it sounds like a conversation between"
            " them.",
            "H: How it did",
            "In Britain it peaked at number 8 and earned a silver disc. It did even better in"
            " Germany, where it reached number 3 on the Media Control chart and went gold.",
            "The song also opens the duo's second album, <em>Frost Fair</em>, which is worth"
            " tracking down on its own merits.",
            "H: Everything else",
            "Hilde Sørensen's orchestral score is lovely and entirely overshadowed. The director,"
            " Tom Aldine, has said in interviews that he did not want a pop song at all and"
            " that the studio insisted. The studio was right.",
        ],
        video="vimeo:71340652",
        film=("Winter Orchard", 1991),
        tracks=["Slow Thaw"],
        people=[
            ("Slow Thaw", "Marigold & Finch", "performer"),
            ("Slow Thaw", "June Marigold", "composer"),
            ("Slow Thaw", "Owen Finch", "composer"),
        ],
        albums=["Frost Fair"],
        peaks=[
            ("Slow Thaw", 8, "uk_singles"),
            ("Slow Thaw", 3, "germany_media_control"),
        ],
        certs=[
            ("Slow Thaw", "silver", 1, "bpi"),
            ("Slow Thaw", "gold", 1, "bvmi"),
        ],
    ),
    post(
        "dust-devil-road-h",
        "substack",
        "This week: Dust Devil Road (1977)",
        [
            "Friends, this week's pick is a dusty one. <em>Dust Devil Road</em> is a 1977 road"
            " western with Cal Brandt as a retired rodeo rider and Eileen Morse as the"
            " hitchhiker who will clearly be trouble.",
            "The story heads south toward what the script calls the Mexican border country,"
            " but the production never got near Mexico. Monument Valley stood in for the"
            " border country, and the motel scenes were shot in Moab.",
            "H: The song you'll hum all week",
            "Calvin Tate's “Highway Psalm” plays three times, which is two times too many for"
            " the editor and exactly right for me. Tate co-wrote it with Lorna Bishop.",
            "It peaked at No. 12 on the Billboard Hot 100 and went to No. 5 in Canada on the"
            " RPM chart. The RIAA certified the single gold in 1978.",
            "Brandt, incidentally, was born in Amarillo and did most of his own riding. It"
            " shows.",
            "Next week: something with boats.",
        ],
        video="yt:Hs5u-Lw0Tn4",
        film=("Dust Devil Road", 1977),
        tracks=["Highway Psalm"],
        people=[
            ("Highway Psalm", "Calvin Tate", "performer"),
            ("Highway Psalm", "Calvin Tate", "composer"),
            ("Highway Psalm", "Lorna Bishop", "composer"),
        ],
        peaks=[
            ("Highway Psalm", 12, "billboard_hot_100"),
            ("Highway Psalm", 5, "canada_rpm"),
        ],
        certs=[("Highway Psalm", "gold", 1, "riaa")],
        places=["Monument Valley", "Moab"],
        stood=[("Monument Valley", "the Mexican border country")],
    ),
    post(
        "signal-hill-vancouver-h",
        "hugo",
        "Signal Hill's Vancouver, thirty years later",
        [
            "<em>Signal Hill</em> (1993) is set in Seattle. Like so many films of that era it"
            " was made in British Columbia, and I live close enough to most of its locations"
            " to have walked them in a weekend.",
            "H: Gastown as Seattle",
            "The cobbles of Gastown stood in for Seattle's Pioneer Square, steam clock and all;"
            " the crew covered the clock with a fake newspaper kiosk, which you can spot"
            " wobbling in one shot.",
            "H: The fishing town",
            "Steveston, down in Richmond, played a Maine fishing town. The cannery is now a"
            " museum, and the staff there know exactly which window the killer looks through.",
            "The drive up the Sea-to-Sky to Britannia Beach, where the mine scenes were shot,"
            " is the nicest part of any visit. I stopped in Squamish for lunch; nothing was"
            " filmed there.",
            "H: The song",
            "The end-credits song, “Static Heart”, is by the Lowlights, written by their singer"
            " Mara Quist. It reached number 11 in the RPM 100, a decent showing for a band from"
            " Burnaby.",
        ],
        video="vimeo:90562184",
        film=("Signal Hill", 1993),
        tracks=["Static Heart"],
        people=[
            ("Static Heart", "the Lowlights", "performer"),
            ("Static Heart", "Mara Quist", "composer"),
        ],
        peaks=[("Static Heart", 11, "canada_rpm")],
        places=["Gastown", "Steveston", "Britannia Beach"],
        stood=[
            ("Gastown", "Seattle's Pioneer Square"),
            ("Steveston", "a Maine fishing town"),
        ],
    ),
    post(
        "vacancy-light-rewatch-h",
        "jekyll",
        "Vacancy Light, on a second look",
        [
            "The first time I saw 'Vacancy Light' I was eleven and far too young for it. It is"
            " a 1982 motel noir, all flickering signs and bad decisions, and it has aged into"
            " something almost tender.",
            "Director Sam Okonedo shot the exteriors in Barstow and out in Amboy, on the old"
            " Route 66, where the motel sign was built from scratch and then left"
            " to rust. The film pretends it is Arizona.",
            "H: Music",
            "Ruby Kessel &amp; the Night Clerks do “Room Twelve” on the motel's jukebox, a"
            " Kessel original that scraped to No. 33 on the Hot 100. Later, over the"
            " breakfast scene, Hank Dorrance's “Ice Machine Blues” plays on a transistor radio.",
            "Both are on the soundtrack, which Gable Records put out as <em>Neon on Route"
            " 9</em>. The record label's ads claimed it went gold; I have never found out"
            " where, or who said so.",
            "Lead actor Frank Dilley was twenty-six and looks forty. That is a compliment.",
        ],
        video="yt:kP3vR7yDd1M",
        film=("Vacancy Light", 1982),
        tracks=["Room Twelve", "Ice Machine Blues"],
        people=[
            ("Room Twelve", "Ruby Kessel & the Night Clerks", "performer"),
            ("Room Twelve", "Ruby Kessel", "composer"),
            ("Ice Machine Blues", "Hank Dorrance", "performer"),
        ],
        albums=["Neon on Route 9"],
        peaks=[("Room Twelve", 33, "billboard_hot_100")],
        places=["Barstow", "Amboy"],
    ),
    post(
        "tidewater-1976-h",
        "handmade",
        "TIDEWATER (1976) - my favourite film",
        [
            "Welcome back to my film page! This time I want to write about Tidewater, which"
            " came out in 1976 and which my dad took me to see at the Regal in Swindon.",
            "The film is supposed to be in Charleston but it was really made in Savannah,"
            " Georgia, which stood in for Charleston, and the beach picnic was filmed on Tybee"
            " Island. I went there in 2004 and the pier is still there!!",
            'The song in the film is "River Wide" by The Fenwick Brothers. Carl Fenwick wrote'
            " it. It was number 19 in the UK but in Australia it got all the way to number 2 on"
            " the Kent Music Report and it went gold there too.",
            "The director was Harold Bask and the star was Lila Crane (not the Psycho one). I"
            " think she was robbed at the Oscars.",
            "If you have the film on tape please email me, my copy is wearing out.",
        ],
        video="yt:T1dW4t3rRv8",
        film=("Tidewater", 1976),
        tracks=["River Wide"],
        people=[
            ("River Wide", "The Fenwick Brothers", "performer"),
            ("River Wide", "Carl Fenwick", "composer"),
        ],
        peaks=[
            ("River Wide", 19, "uk_singles"),
            ("River Wide", 2, "australia_kent"),
        ],
        certs=[("River Wide", "gold", 1, "aria")],
        places=["Savannah", "Tybee Island"],
        stood=[("Savannah", "Charleston")],
    ),
    post(
        "overtime-1989-review-h",
        "wp_classic",
        "Overtime (1989) and the greatest hockey ballad ever recorded",
        [
            "I have a soft spot for Canadian sports movies, and <strong>Overtime</strong>"
            " (1989) is the softest spot of all. It is the story of a junior team from"
            " Thunder Bay, which is where the film is set and, naturally, where none of it was"
            " shot.",
            "The game footage was filmed at Maple Leaf Gardens in Toronto. The finals were"
            " shot at Copps Coliseum in Hamilton, standing in for a Minnesota arena, with extras"
            " paid in hot dogs.",
            "H: Breakaway Heart",
            "And then there is the song. Tessa Vail sings “Breakaway Heart” over the final"
            " shootout, and she co-wrote it with Gord Lindqvist. I was nine. I cried.",
            "Canadians will remember it went to number 3 on the RPM singles chart and was"
            " certified double platinum in Canada. South of the border it made number 15 on"
            " the Adult Contemporary chart.",
            "The rest of the film is what you expect: a gruff coach (Dale Ferris), a rich kid"
            " with a heart of gold, and a mother who learns to love the game.",
        ],
        video="yt:oV3rT9mLq_2",
        film=("Overtime", 1989),
        tracks=["Breakaway Heart"],
        people=[
            ("Breakaway Heart", "Tessa Vail", "performer"),
            ("Breakaway Heart", "Tessa Vail", "composer"),
            ("Breakaway Heart", "Gord Lindqvist", "composer"),
        ],
        peaks=[
            ("Breakaway Heart", 3, "canada_rpm"),
            ("Breakaway Heart", 15, "billboard_adult_contemporary"),
        ],
        certs=[("Breakaway Heart", "platinum", 2, "music_canada")],
        places=["Maple Leaf Gardens", "Copps Coliseum"],
        stood=[("Copps Coliseum", "a Minnesota arena")],
    ),
    post(
        "amber-courier-locations-h",
        "gutenberg",
        "The Amber Courier: a Cold War thriller shot where it could be",
        [
            "The Amber Courier (1987) has the kind of plot that needs a passport stamp every"
            " ten minutes: East Berlin, Odessa, Vienna. The budget did not run to that many"
            " passports.",
            "H: Budapest's bridge",
            "The famous handover on a foggy bridge was filmed on the Chain Bridge in Budapest,"
            " which stood in for a bridge in East Berlin. Hungary was one of the few Eastern"
            " Bloc countries that let Western crews in at the time.",
            "H: Trieste as Odessa",
            "For the Black Sea harbour the crew went to Trieste, which played Odessa with the"
            " help of some Cyrillic signage and a lot of fog machines.",
            "The Vienna scenes, for the record, were shot in Vienna. Director Konrad Wessel was"
            " born there and insisted.",
            "H: The theme",
            "The title song, “Courier”, is sung by Lena Morrow. Max Ruhl, who also composed the"
            " score, wrote the music; the words are Felix Adair's. It reached number 27 in the UK.",
        ],
        video="yt:Ac7mB2rXc9w",
        film=("The Amber Courier", 1987),
        tracks=["Courier"],
        people=[
            ("Courier", "Lena Morrow", "performer"),
            ("Courier", "Max Ruhl", "composer"),
            ("Courier", "Felix Adair", "composer"),
        ],
        peaks=[("Courier", 27, "uk_singles")],
        places=["Chain Bridge", "Trieste", "Vienna"],
        stood=[
            ("Chain Bridge", "a bridge in East Berlin"),
            ("Trieste", "Odessa"),
        ],
    ),
    post(
        "kings-of-asphalt-soundtrack-h",
        "ghost",
        "Kings of Asphalt and the soundtrack that outsold it",
        [
            "Breakdance movies came and went in a hurry in the early eighties. Kings of"
            " Asphalt (1983) went faster than most, but its soundtrack did not.",
            "The film was shot on the streets of Mott Haven in the Bronx, with crews from"
            " the neighbourhood dancing in place of the credited cast, which is why the"
            " dance scenes are so much better than the dialogue scenes.",
            "H: The record",
            "<em>Asphalt Breaks</em>, the soundtrack album, climbed to number 14 on the"
            " Billboard 200 and was certified platinum by the RIAA in 1984. It is really a"
            " two-song record padded with instrumentals.",
            "The first of the two is “Uprock” by MC Duke Vance, who raps over the rooftop"
            " battle. The second is “Concrete Wave”, which Sola Brooks wrote and sang herself,"
            " and which was the real hit: number 8 on the Hot 100 and number 5 in Britain.",
            "Director Lenny Stroud went on to make insurance commercials. The choreographer,"
            " a sixteen-year-old from Harlem, went on to better things.",
        ],
        video="yt:m9QsE4nWk2L",
        film=("Kings of Asphalt", 1983),
        tracks=["Uprock", "Concrete Wave"],
        people=[
            ("Uprock", "MC Duke Vance", "performer"),
            ("Concrete Wave", "Sola Brooks", "performer"),
            ("Concrete Wave", "Sola Brooks", "composer"),
        ],
        albums=["Asphalt Breaks"],
        peaks=[
            ("Asphalt Breaks", 14, "billboard_200"),
            ("Concrete Wave", 8, "billboard_hot_100"),
            ("Concrete Wave", 5, "uk_singles"),
        ],
        certs=[("Asphalt Breaks", "platinum", 1, "riaa")],
        places=["Mott Haven"],
    ),
    post(
        "hollow-creek-review-h",
        "blogger",
        "Hollow Creek (1990) - a review",
        [
            "Hollow Creek is a 1990 horror film about a drowned village and the family who"
            " move in above it. It is set in New England and was made in Ireland, which"
            " tells you something about the exchange rate that year.",
            "H: Looks",
            "The valley is Glendalough in County Wicklow, which stood in for a New England"
            " valley, and the family house is the Powerscourt Estate with the furniture"
            " dragged out. Both look wonderful in the mist.",
            "H: Sound",
            "The song that plays when the reservoir is drained is “Lullaby for the Drowned” by"
            " Ashgrove, with guest vocals by Ivo Sand. Keyboardist Nell Parry wrote it. It got"
            " to number 3 on the Irish Singles Chart and appeared on Ashgrove's album"
            " <i>Peat and Bone</i> the following spring.",
            "H: Verdict",
            "Director Ciaran Holt knows how to hold a shot. He does not know how to end a"
            " film. Three stars, all of them for the valley.",
        ],
        video="yt:Hc0Lr5dW8xE",
        film=("Hollow Creek", 1990),
        tracks=["Lullaby for the Drowned"],
        people=[
            ("Lullaby for the Drowned", "Ashgrove", "performer"),
            ("Lullaby for the Drowned", "Ivo Sand", "performer"),
            ("Lullaby for the Drowned", "Nell Parry", "composer"),
        ],
        albums=["Peat and Bone"],
        peaks=[("Lullaby for the Drowned", 3, "other:Irish Singles Chart")],
        places=["Glendalough", "Powerscourt Estate"],
        stood=[("Glendalough", "a New England valley")],
    ),
    post(
        "southbound-static-rewatch-h",
        "medium",
        "I rewatched Southbound Static so you don't have to (but you should)",
        [
            "There is a scene about an hour into <em>Southbound Static</em> where the two"
            " leads just sit on the hood of a Buick and say nothing for a full minute. I had"
            " forgotten it. It is the best thing in the film.",
            "The 1981 road movie stars Jesse Crane and Marla Devereux as siblings driving their"
            " father's ashes to Galveston. They never get there, which is fitting, because the"
            " production never went to Galveston either.",
            "It was shot in and around Marfa, Texas, and out at White Sands in New Mexico,"
            " where the dunes stood in for the Sahara in a fever-dream sequence that nobody"
            " asked for and everybody remembers.",
            "The music is the other thing people remember. “Coyote Moon” by Lane Whitaker,"
            " written by Whitaker with his longtime partner Benny Oates, plays over the"
            " dream. It got to number 29 on the Hot 100 and number 7 on the adult contemporary"
            " chart.",
            "The song also closes Whitaker's album <em>Gravel and"
            " Glass</em>, which the RIAA certified gold.",
            "Worth it? Yes. Bring patience.",
        ],
        video="vimeo:33871420",
        film=("Southbound Static", 1981),
        tracks=["Coyote Moon"],
        people=[
            ("Coyote Moon", "Lane Whitaker", "performer"),
            ("Coyote Moon", "Lane Whitaker", "composer"),
            ("Coyote Moon", "Benny Oates", "composer"),
        ],
        albums=["Gravel and Glass"],
        peaks=[
            ("Coyote Moon", 29, "billboard_hot_100"),
            ("Coyote Moon", 7, "billboard_adult_contemporary"),
        ],
        certs=[("Gravel and Glass", "gold", 1, "riaa")],
        places=["Marfa", "White Sands"],
        stood=[("White Sands", "the Sahara")],
    ),
    post(
        "letter-from-the-tagus-h",
        "squarespace",
        "A Letter from the Tagus: a location walk",
        [
            "A Letter from the Tagus (1992) is a small, sad romance about a Swiss translator"
            " and a Portuguese tram driver. It is also the best tourist film Lisbon never"
            " commissioned.",
            "H: The palace",
            "The fairy-tale castle of the second act is Pena Palace, high above Sintra, which"
            " stood in for a Bavarian castle in the translator's childhood memories.",
            "H: The streets",
            "Most of the tram scenes were shot in the Alfama, and the final goodbye was filmed"
            " on the seafront at Cascais. The translator's Zurich flat was a soundstage.",
            "H: The song",
            "Marta Sol sings “Rua Escura” in a tiny bar halfway through. João Vidal wrote it,"
            " and it later anchored her album <em>Luz de Inverno</em>. Oddly, it sold best in"
            " France, where it was certified gold.",
            "I did the walk in a single day last October. Wear good shoes: the Alfama is"
            " steeper than it looks on film.",
        ],
        video="yt:Lx2Tg8uPa0c",
        film=("A Letter from the Tagus", 1992),
        tracks=["Rua Escura"],
        people=[
            ("Rua Escura", "Marta Sol", "performer"),
            ("Rua Escura", "João Vidal", "composer"),
        ],
        albums=["Luz de Inverno"],
        certs=[("Rua Escura", "gold", 1, "snep")],
        places=["Pena Palace", "Alfama", "Cascais"],
        stood=[("Pena Palace", "a Bavarian castle")],
    ),
    post(
        "roller-queen-three-things-h",
        "substack",
        "Three things about Roller Queen",
        [
            "This week I'm going back to a movie I watched a hundred times on cable:"
            " <em>Roller Queen</em>, from 1980. Three things.",
            "One: it was filmed at the Empire Rollerdrome in Brooklyn's Crown Heights, and the"
            " regulars skated as extras for twenty dollars a night. The story, for what it's"
            " worth, is set in Philadelphia.",
            "Two: the songs. The opening skate is “Spin Me Round the Rink” by the"
            " Glitterwheels, and the big couples' skate is Donna Kay's “Saturday Skate”,"
            " written for her by Gil Armand. Kay's song went to No. 19 on the Hot 100; the"
            " Glitterwheels track was a silver disc in Britain.",
            "Three: the soundtrack album peaked at No. 2 on Billboard's soundtracks chart, kept"
            " off the top only by something with a lot more money behind it.",
            "The director, Bette Loring, never made another film. I wish she had.",
        ],
        video="yt:Rq4kS1nXv7P",
        film=("Roller Queen", 1980),
        tracks=["Spin Me Round the Rink", "Saturday Skate"],
        people=[
            ("Spin Me Round the Rink", "the Glitterwheels", "performer"),
            ("Saturday Skate", "Donna Kay", "performer"),
            ("Saturday Skate", "Gil Armand", "composer"),
        ],
        albums=["Roller Queen soundtrack"],
        peaks=[
            ("Saturday Skate", 19, "billboard_hot_100"),
            ("Roller Queen soundtrack", 2, "billboard_soundtracks"),
        ],
        certs=[("Spin Me Round the Rink", "silver", 1, "bpi")],
        places=["Empire Rollerdrome"],
    ),
    post(
        "stray-current-review-h",
        "hugo",
        "Stray Current (1994): techno noir on the docks",
        [
            "<em>Stray Current</em> is a 1994 thriller about a sound engineer who finds a"
            " murder on a DAT tape. It is set in Hamburg. It was shot in the Netherlands.",
            "H: The port",
            "The film's Hamburg is the Port of Rotterdam, which stood in for Hamburg's"
            " container harbour with almost no help from the art department. Container"
            " cranes are container cranes.",
            "H: The track",
            "The club sequence runs on “Voltage” by Halide, the Dutch-German duo, and was"
            " written by their Petra Lund. It was a genuine European hit: number 11 in the"
            " UK, number 6 in Germany, number 4 in the Dutch Top 40. In Germany the BVMI"
            " certified it gold.",
            "Lund's partner in Halide, Rik Aalders, was born in Utrecht and produced the"
            " record; he does not get a writing credit.",
            "H: The rest",
            "Director Anke Voss keeps things cold and blue. Not every scene works, but the"
            " club scene is as good as anything in nineties European genre film.",
        ],
        video="yt:V0lt4gEeZ9s",
        film=("Stray Current", 1994),
        tracks=["Voltage"],
        people=[
            ("Voltage", "Halide", "performer"),
            ("Voltage", "Petra Lund", "composer"),
        ],
        peaks=[
            ("Voltage", 11, "uk_singles"),
            ("Voltage", 6, "germany_media_control"),
            ("Voltage", 4, "other:Dutch Top 40"),
        ],
        certs=[("Voltage", "gold", 1, "bvmi")],
        places=["Port of Rotterdam"],
        stood=[("Port of Rotterdam", "Hamburg's container harbour")],
    ),
    post(
        "firefly-summer-soundtrack-h",
        "jekyll",
        "Songs for a Firefly Summer, forty years on",
        [
            "Firefly Summer is a 1978 coming-of-age film about three cousins at a lake house,"
            " and I am not going to pretend it is anything special. Its soundtrack is another"
            " matter.",
            "The lake house scenes were shot on Lake Winnipesaukee in New Hampshire, though the"
            " script never names the lake, and the cousins are meant to come from Boston.",
            "H: Abbie Lane",
            "Abbie Lane sings both of the film's songs. “Porch Light”, written by Walt"
            " Gunderson, topped Billboard's Adult Contemporary chart and reached number 4 in"
            " Canada. The second, “Screen Door”, is a breezier Lane original that plays over"
            " the fireworks.",
            "H: The album",
            "The record, <em>Songs for a Firefly Summer</em>, was certified gold in Canada,"
            " where Lane was always bigger than at home.",
            "The score, by Richard Amsel-Perry, is mostly harmonica. You have been warned.",
        ],
        video="vimeo:44109273",
        film=("Firefly Summer", 1978),
        tracks=["Porch Light", "Screen Door"],
        people=[
            ("Porch Light", "Abbie Lane", "performer"),
            ("Porch Light", "Walt Gunderson", "composer"),
            ("Screen Door", "Abbie Lane", "performer"),
            ("Screen Door", "Abbie Lane", "composer"),
        ],
        albums=["Songs for a Firefly Summer"],
        peaks=[
            ("Porch Light", 1, "billboard_adult_contemporary"),
            ("Porch Light", 4, "canada_rpm"),
        ],
        certs=[("Songs for a Firefly Summer", "gold", 1, "music_canada")],
        places=["Lake Winnipesaukee"],
    ),
    post(
        "night-ferry-1985-h",
        "handmade",
        "Night Ferry (1985)",
        [
            "Night Ferry is a 1985 British thriller and I think it is one of the most under"
            " rated films of the eighties. A customs officer and a smuggler, one night, one"
            " boat. That is it.",
            "They filmed the port scenes at Harwich, which stood in for Dover because Dover"
            " would not give them permission, and the Dutch end of the crossing was filmed at"
            " Hook of Holland. The director Graham Pellow grew up in Dover, funnily enough.",
            "The song at the end is Last Boat Out by The Tidemarks, written by Sean Kealy, and"
            " it got to number 6 in the British charts. It was certified gold by the BPI. It was"
            " also number 20 in Australia on the Kent chart.",
            "The actors are Neil Brand and Susan Ashby and they are both great. I met Neil"
            " Brand at a signing in Colchester once and he was very nice.",
            "Please sign my guestbook!",
        ],
        video="yt:N1ghtF3rry0",
        film=("Night Ferry", 1985),
        tracks=["Last Boat Out"],
        people=[
            ("Last Boat Out", "The Tidemarks", "performer"),
            ("Last Boat Out", "Sean Kealy", "composer"),
        ],
        peaks=[
            ("Last Boat Out", 6, "uk_singles"),
            ("Last Boat Out", 20, "australia_kent"),
        ],
        certs=[("Last Boat Out", "gold", 1, "bpi")],
        places=["Harwich", "Hook of Holland"],
        stood=[("Harwich", "Dover")],
    ),
]
