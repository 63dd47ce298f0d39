"""Round 5, set G: twenty posts by an eighth writer who never saw the importer's code.

Invented films (1975-1995), songs, people, bands and labels; real filming places. Each
markup of markups.RENDERERS is used twice. Annotated per ANNOTATING.md.
"""

from .spec import post

POSTS = [
    post(
        "harbor-lights-fading-g",
        "wp_classic",
        "Harbor Lights Fading (1983): a rewatch, and that song",
        [
            "I hadn't seen <em>Harbor Lights Fading</em> since a VHS rental in 1991, and"
            " I'd remembered it as a soggy little melodrama. It's better than that."
            " Director Owen Tallis gets a lot out of very little: a widowed lobsterman"
            " (Gil Braddock, gruff and wonderful), his estranged daughter, and a town"
            " that seems to be dissolving in fog.",
            "The story is set in a Maine fishing village called Port Henley, which"
            " doesn't exist. None of it was shot in Maine, either. The production went to"
            " Astoria, on the Oregon side of the Columbia River, and Astoria plays coastal"
            " Maine so convincingly that I only figured it out from the end credits. The"
            " beach scenes, including the big argument by the rocks, were done down the"
            " coast at Cannon Beach.",
            "H: The song",
            "The montage everybody remembers comes about two-thirds in: father and"
            " daughter repainting the boat, while &#8220;Salt on the Window&#8221; by The"
            " Verandas plays over the whole sequence. It was written by Delia Marsh and"
            " Tom Keel, a songwriting pair who gave the band most of its early material,"
            " and it's the rare soundtrack single that actually sounds like the film it"
            " comes from: damp, slow, a bit stubborn.",
            "It did well, too. The single got to No. 14 on the Billboard Hot 100 in the"
            " autumn of 1983 and went as high as number 9 in Britain, where the film"
            " barely played. The RIAA certified it gold the following spring.",
            "The score proper, by Leon Mabry, is all low strings, and it fills out the"
            " soundtrack album alongside the Verandas track and two forgettable pop songs"
            " by other acts. I found the LP in a bin in Portland for three dollars;"
            " it's worth about that.",
            "If you only know the song from oldies radio, watch the montage. It's four"
            " minutes of two people not talking and it says everything.",
        ],
        video="yt:Qh7vR2xLm0A",
        film=("Harbor Lights Fading", 1983),
        tracks=["Salt on the Window"],
        people=[
            ("Salt on the Window", "The Verandas", "performer"),
            ("Salt on the Window", "Delia Marsh", "composer"),
            ("Salt on the Window", "Tom Keel", "composer"),
        ],
        albums=["Harbor Lights Fading soundtrack"],
        peaks=[
            ("Salt on the Window", 14, "billboard_hot_100"),
            ("Salt on the Window", 9, "uk_singles"),
        ],
        certs=[("Salt on the Window", "gold", 1, "riaa")],
        places=["Astoria", "Cannon Beach"],
        stood=[("Astoria", "coastal Maine")],
    ),
    post(
        "neon-sparrow-soundtrack-g",
        "gutenberg",
        "The Neon Sparrow soundtrack is better than the film",
        [
            "Let's be honest about <em>Neon Sparrow</em> (1986). It's a glossy, silly"
            " thriller about a jazz pianist who witnesses a murder from her apartment"
            " window, and Marisa Kell does what she can with a script that keeps"
            " forgetting its own plot. But the soundtrack! I've owned three copies.",
            "H: Two songs that carry the film",
            "The first is &#8220;Midnight Arithmetic&#8221;, sung by Carla Vance over the"
            " opening titles as the camera drifts down a wet avenue. Jules Perrin wrote"
            " it, and you can hear his Broadway background in the way the chorus keeps"
            " modulating upward. It became an easy-listening staple: three weeks at"
            " number 3 on Billboard's Adult Contemporary chart.",
            "The second is the one I actually play: &#8220;Downtown Static&#8221; by The"
            " Halverson Kids, a scrappy four-piece out of Minneapolis. Their bassist Rick"
            " Ozawa wrote it, and singer Jo Halverson sneers her way through it during"
            " the chase through the parking garage. It never charted as a single, which"
            " still baffles me.",
            "H: The album",
            "<em>Neon Sparrow: Music from the Motion Picture</em> came out on Blue"
            " Tangent Records a week before the film opened. It climbed to No. 22 on the"
            " Billboard 200 and kept selling long after the movie left theaters; by 1988"
            " it had sold a million copies in the United States and was certified"
            " platinum.",
            "The rest of the record is padding (a synth-pop cover of an old standard,"
            " two cues from Arno Lindqvist's score), but those two songs alone justify"
            " it. The clip is the opening credits, which are the best four minutes in"
            " the film anyway.",
        ],
        video="vimeo:48213377",
        film=("Neon Sparrow", 1986),
        tracks=["Midnight Arithmetic", "Downtown Static"],
        people=[
            ("Midnight Arithmetic", "Carla Vance", "performer"),
            ("Midnight Arithmetic", "Jules Perrin", "composer"),
            ("Downtown Static", "The Halverson Kids", "performer"),
            ("Downtown Static", "Rick Ozawa", "composer"),
        ],
        albums=["Neon Sparrow: Music from the Motion Picture"],
        peaks=[
            ("Midnight Arithmetic", 3, "billboard_adult_contemporary"),
            ("Neon Sparrow: Music from the Motion Picture", 22, "billboard_200"),
        ],
        certs=[("Neon Sparrow: Music from the Motion Picture", "platinum", 1, "riaa")],
    ),
    post(
        "copper-season-locations-g",
        "ghost",
        "Where they shot The Copper Season",
        [
            "Every few years I go looking for the places a film was made. This spring"
            " it was <em>The Copper Season</em>, Rafael Ibarra's 1979 western about two"
            " brothers fighting over a played-out silver claim. The film is set in New"
            " Mexico Territory in the 1880s. It was shot, like so many westerns of its"
            " era, in the south of Spain.",
            "H: The desert",
            "Almost all the riding scenes were filmed in the Tabernas Desert, north of"
            " Almer&#237;a, which stands in for New Mexico with its bare gullies and dry"
            " riverbeds. You can still visit the old western sets out there, though the"
            " ones built for this film were torn down decades ago. I walked the dry"
            " riverbed where the brothers have their last fight and recognized it from"
            " the shape of the ridge.",
            "H: The mining village",
            "The mining camp is Rodalquilar, an abandoned gold-mining village in the"
            " Cabo de Gata park, which the film dresses up as a Mexican border town. The"
            " crumbling ore-processing terraces above the village look exactly as they"
            " do on screen. The cantina, sadly, was a set and is long gone.",
            "The beach where Ana waits for the boat in the final reel is at Moj&#225;car,"
            " further up the coast. It was a sleepy whitewashed village then; it's all"
            " holiday apartments now. I stayed two nights in Granada on the way home,"
            " which has nothing to do with the film, but I'd recommend it anyway.",
            "H: The song",
            "Over the end credits Hank Corliss sings &#8220;Dust Road Lullaby&#8221;, a"
            " song he wrote himself and later put on his album <em>Long Way From"
            " Lubbock</em>. Corliss grew up in west Texas and never set foot in Spain, as"
            " far as I know, but the song fits the landscape perfectly. The clip cuts it"
            " against footage of the desert.",
        ],
        video="yt:c3T-pW9sKdE",
        film=("The Copper Season", 1979),
        tracks=["Dust Road Lullaby"],
        people=[
            ("Dust Road Lullaby", "Hank Corliss", "composer"),
            ("Dust Road Lullaby", "Hank Corliss", "performer"),
        ],
        albums=["Long Way From Lubbock"],
        places=["Tabernas Desert", "Rodalquilar", "Mojácar"],
        stood=[
            ("Tabernas Desert", "New Mexico"),
            ("Rodalquilar", "a Mexican border town"),
        ],
    ),
    post(
        "double-dutch-summer-g",
        "blogger",
        "Rewatch: Double Dutch Summer",
        [
            "So my niece is ten now, and I decided she was old enough for <i>Double Dutch"
            " Summer</i>. Reader, she loved it. It holds up better than I expected for a"
            " 1988 movie about a jump-rope competition.",
            "Quick refresher if you haven't seen it: Tasha (Renee Holloway) and her"
            " friends train all summer for the city championship, a rich-kid team"
            " cheats, there's a blackout, etc. It's set in Philadelphia, but they"
            " actually shot it in Baltimore, mostly around Fells Point, which does a"
            " decent Philadelphia if you don't look too closely at the row houses. I"
            " grew up outside Wilmington and saw it at a drive-in there, so I'm allowed"
            " to be picky about this.",
            "H: That song though",
            "The big practice montage is set to &quot;Jump the Line&quot; by Kiki &amp;"
            " the Parade. Everybody my age knows the clapping intro. Kiki Lamarr"
            " co-wrote it with the producer Maurice Thibodeaux, and it was everywhere in"
            " the summer of '88.",
            "Chart nerd stuff: it made it to #6 on the Hot 100 and did even better up"
            " north, peaking at #2 on the RPM chart in Canada, where it was also"
            " certified gold. Not bad for a song the studio apparently wanted to cut.",
            "Anyway. My niece has now watched the montage about forty times. Sorry to"
            " her parents.",
        ],
        video="yt:Lk2bN8uZr4Y",
        film=("Double Dutch Summer", 1988),
        tracks=["Jump the Line"],
        people=[
            ("Jump the Line", "Kiki & the Parade", "performer"),
            ("Jump the Line", "Kiki Lamarr", "composer"),
            ("Jump the Line", "Maurice Thibodeaux", "composer"),
        ],
        peaks=[
            ("Jump the Line", 6, "billboard_hot_100"),
            ("Jump the Line", 2, "canada_rpm"),
        ],
        certs=[("Jump the Line", "gold", 1, "music_canada")],
        places=["Fells Point"],
        stood=[("Fells Point", "Philadelphia")],
    ),
    post(
        "glass-orchard-g",
        "medium",
        "Glass Orchard and the sound of late winter",
        [
            "Some films you remember as weather. <em>Glass Orchard</em> (1991) is a"
            " late-winter film: bare apple trees, slush, a family waiting for a father"
            " who isn't coming back from the city. Hanne Moberg directed it on almost no"
            " money, and it shows in the best way.",
            "The film says it's Vermont. It isn't: Nova Scotia's Annapolis Valley plays"
            " Vermont for the orchard and the farmhouse, and the little main street"
            " where the mother works at the pharmacy is Lunenburg, painted-clapboard"
            " Lunenburg, dulled down with grey wash to pass for a Vermont mill town.",
            "H: Two songs",
            "There are only two songs in the film, and both matter. The first is"
            " &#8220;Paper Kite&#8221;, which Ingrid Solvang wrote and sings, unaccompanied"
            " for the first verse, while the younger daughter walks home along the"
            " frozen road. Solvang was Norwegian-born, Toronto-based and nearly unknown;"
            " the song made her, briefly.",
            "The second is &#8220;Winter Is a Long Room&#8221; by The Lowland Choir,"
            " which plays on a car radio and then swells to take over the soundtrack in"
            " the final scene. People ask me about Solvang's &#8220;Lanterns&#8221; as if"
            " it were in the film. It isn't; it came out two years later and ended up in"
            " a coffee commercial.",
            "The soundtrack album, <em>Glass Orchard (Original Soundtrack)</em>, was a"
            " small British success, of all things. It reached number 12 on the UK"
            " albums chart, and the BPI gave it a silver disc in 1992.",
            "I don't know a better film about waiting. Watch the &#8220;Paper Kite&#8221;"
            " sequence, and then go and find the whole thing.",
        ],
        video="yt:aX04mFq_Tzs",
        film=("Glass Orchard", 1991),
        tracks=["Paper Kite", "Winter Is a Long Room"],
        people=[
            ("Paper Kite", "Ingrid Solvang", "composer"),
            ("Paper Kite", "Ingrid Solvang", "performer"),
            ("Winter Is a Long Room", "The Lowland Choir", "performer"),
        ],
        albums=["Glass Orchard (Original Soundtrack)"],
        peaks=[("Glass Orchard (Original Soundtrack)", 12, "uk_albums")],
        certs=[("Glass Orchard (Original Soundtrack)", "silver", 1, "bpi")],
        places=["Annapolis Valley", "Lunenburg"],
        stood=[
            ("Annapolis Valley", "Vermont"),
            ("Lunenburg", "a Vermont mill town"),
        ],
    ),
    post(
        "rollerdrome-nights-g",
        "squarespace",
        "Rollerdrome Nights: disco on eight wheels",
        [
            "There's a certain kind of 1980 movie that exists purely to sell a"
            " soundtrack, and <em>Rollerdrome Nights</em> is the purest example I know."
            " The plot (a rink about to be bulldozed, a dance-off to save it) takes"
            " about four minutes to explain and the film takes ninety-six.",
            "H: Where it was shot",
            "The outdoor skating was filmed on the Venice Beach boardwalk, which needed"
            " no disguise at all. The rink is a different story. The script puts it in"
            " Cleveland, but the interiors were shot at the Hollywood Palladium, which"
            " stood in for a Cleveland roller rink with a temporary maple floor laid over"
            " the ballroom. Nobody in Cleveland was fooled.",
            "H: The hit",
            "The song is &#8220;Spin Me Electric&#8221; by Glitterbox, a studio group"
            " assembled by Sonny DeLuca, who wrote and produced it. It topped the"
            " Billboard Hot 100 for two weeks in the summer of 1980 and was certified"
            " platinum by the RIAA.",
            "Oddly, it was an even bigger deal in West Germany, where it hit number 4 on"
            " the Media Control chart and earned a gold record there.",
            "The soundtrack LP is mostly filler around that one song. Watch the"
            " skate-off and tell me it doesn't still work.",
        ],
        video="yt:Rr5dWq1oYhE",
        film=("Rollerdrome Nights", 1980),
        tracks=["Spin Me Electric"],
        people=[
            ("Spin Me Electric", "Glitterbox", "performer"),
            ("Spin Me Electric", "Sonny DeLuca", "composer"),
        ],
        albums=["Rollerdrome Nights soundtrack"],
        peaks=[
            ("Spin Me Electric", 1, "billboard_hot_100"),
            ("Spin Me Electric", 4, "germany_media_control"),
        ],
        certs=[
            ("Spin Me Electric", "platinum", 1, "riaa"),
            ("Spin Me Electric", "gold", 1, "bvmi"),
        ],
        places=["Venice Beach", "Hollywood Palladium"],
        stood=[("Hollywood Palladium", "a Cleveland roller rink")],
    ),
    post(
        "backroads-to-memphis-g",
        "substack",
        "This week: Backroads to Memphis (1977)",
        [
            "Hello again. This week's pick is a film almost nobody remembers,"
            " <em>Backroads to Memphis</em>, a 1977 drama about a gospel quartet that"
            " goes secular and falls apart. I caught it in a late-night cable slot years"
            " ago and it has stuck with me.",
            "Despite the title, very little of it happens in Memphis, and none of it was"
            " filmed there. Natchez, with its old riverfront, stood in for Memphis, and"
            " the road sequences were filmed around Vicksburg, a bit further up the"
            " Mississippi.",
            "The songs the quartet sings were recorded by The Rayburn Brothers, a"
            " Louisiana family band, and one of them escaped the film entirely."
            " &#8220;Cold Coffee Morning&#8221;, written by Lyle Rayburn, the eldest"
            " brother, reached No. 18 on the Billboard Hot 100 in early 1978.",
            "It's on the brothers' album <em>Tin Roof Gospel</em>, not on any soundtrack"
            " (there wasn't one). That record peaked at number 40 on the Billboard 200"
            " and went gold, per the RIAA, a year later.",
            "Director Frank Ostrander made two more films and then went into"
            " television. His leading man, Dale Pruitt, was born in Natchez, which may be"
            " how they ended up there.",
            "The scene here is the quartet's last performance together. Reply and tell"
            " me what you'd like next week.",
        ],
        video="yt:mB8eHs3nV1o",
        film=("Backroads to Memphis", 1977),
        tracks=["Cold Coffee Morning"],
        people=[
            ("Cold Coffee Morning", "The Rayburn Brothers", "performer"),
            ("Cold Coffee Morning", "Lyle Rayburn", "composer"),
        ],
        albums=["Tin Roof Gospel"],
        peaks=[
            ("Cold Coffee Morning", 18, "billboard_hot_100"),
            ("Tin Roof Gospel", 40, "billboard_200"),
        ],
        certs=[("Tin Roof Gospel", "gold", 1, "riaa")],
        places=["Natchez", "Vicksburg"],
        stood=[("Natchez", "Memphis")],
    ),
    post(
        "cathedral-of-static-g",
        "hugo",
        "Cathedral of Static (1994)",
        [
            "<em>Cathedral of Static</em> arrived in 1994, at the tail end of the first"
            " cyberpunk wave, and sank without a trace. It's a muddle, honestly. But it"
            " looks incredible, and the soundtrack has aged into something of a cult"
            " object.",
            "H: Rotterdam as the future",
            "The Belgian director, Wim Claessens, couldn't afford to build a city, so he"
            " borrowed one. The film's Free Zone of New Detroit was put together in"
            " Rotterdam, and the most striking images come from the Cube Houses, the"
            " tilted yellow boxes that stand in for the Free Zone's hacker slum. There"
            " are also night scenes shot in the Maastunnel that I'd love to see restored.",
            "H: The soundtrack",
            "The song that matters is &#8220;Signal Decay&#8221; by Voidmark, an"
            " industrial band from D&#252;sseldorf. Anneke Vos and J&#252;rgen Brandt"
            " wrote it for the film, and it plays over the long data-heist montage in the"
            " middle. It got to number 7 on Billboard's Mainstream Rock chart, which"
            " surprised everyone, including, I suspect, Voidmark.",
            "The album, <em>Cathedral of Static: Music From and Inspired By the"
            " Film</em>, did better than the film: No. 5 on Billboard's soundtrack chart,"
            " and a gold certification from the NVPI in the Netherlands, where the film"
            " had a brief second life on video.",
            "The score, by Maarten Roelofs, is not on the album, which is a crime. The"
            " heist montage is embedded above.",
        ],
        video="yt:V0idM4rk_9Q",
        film=("Cathedral of Static", 1994),
        tracks=["Signal Decay"],
        people=[
            ("Signal Decay", "Voidmark", "performer"),
            ("Signal Decay", "Anneke Vos", "composer"),
            ("Signal Decay", "Jürgen Brandt", "composer"),
        ],
        albums=["Cathedral of Static: Music From and Inspired By the Film"],
        peaks=[
            ("Signal Decay", 7, "billboard_mainstream_rock"),
            (
                "Cathedral of Static: Music From and Inspired By the Film",
                5,
                "billboard_soundtracks",
            ),
        ],
        certs=[
            (
                "Cathedral of Static: Music From and Inspired By the Film",
                "gold",
                1,
                "other",
            )
        ],
        places=["Cube Houses", "Maastunnel"],
        stood=[("Cube Houses", "the Free Zone's hacker slum")],
    ),
    post(
        "the-long-sweep-g",
        "jekyll",
        "Notes on The Long Sweep",
        [
            "I watched <em>The Long Sweep</em> again last week, on a laptop, in a hotel"
            " in Zermatt, which felt appropriate for a 1982 skiing picture even if the"
            " film has nothing to do with Switzerland.",
            "The film is set in Aspen, and the plot is a downhill racer's comeback after"
            " a bad crash. Here's the thing: the mountain footage was shot in Canada."
            " Whistler plays Aspen in almost every slope sequence, and a few interiors"
            " were shot at the Chateau Lake Louise in Banff National Park.",
            "Then the song. &#8220;Altitude&#8221; is sung by Marnie Kessler, who had"
            " one real hit, and this was it. Doug Farrow wrote it. It plays during the"
            " training montage, a glorious minute and a half of powder spray and slow"
            " motion.",
            "It reached #28 on the Hot 100, which undersells how much radio play it got."
            " In Australia, of all places, it went to #11 on the Kent Music Report and"
            " was certified gold.",
            "The director, Paul Hensley, also made <em>Cold Front</em> (1985), which"
            " I've never seen. If you have, tell me.",
            "The training montage is below.",
        ],
        video="yt:Alt1tUd3_xs",
        film=("The Long Sweep", 1982),
        tracks=["Altitude"],
        people=[
            ("Altitude", "Marnie Kessler", "performer"),
            ("Altitude", "Doug Farrow", "composer"),
        ],
        peaks=[
            ("Altitude", 28, "billboard_hot_100"),
            ("Altitude", 11, "australia_kent"),
        ],
        certs=[("Altitude", "gold", 1, "aria")],
        places=["Whistler", "Chateau Lake Louise"],
        stood=[("Whistler", "Aspen")],
    ),
    post(
        "karate-boulevard-g",
        "handmade",
        "KARATE BOULEVARD (1985) - my favourite bad movie",
        [
            "Welcome back to my film page! This time it's KARATE BOULEVARD from 1985,"
            " which I have loved since I was eleven. It is not a good movie. It is the"
            " best movie.",
            "The story: Danny Cruz (Rick Amato) is a kid from the Lower East Side who"
            " learns karate from a retired cook. It was supposed to be New York but it"
            " was filmed in Toronto, like half the 80s. The street market where the big"
            " fight happens is Kensington Market, standing in for the Lower East Side,"
            " and the training-on-the-cliffs scenes were filmed at the Scarborough"
            " Bluffs.",
            "And the song!!! Fists of Thunder by Jet Delgado plays over the training"
            " montage and again over the credits. Jet wrote it with Maxine Oduya, who"
            " wrote for a lot of Canadian TV shows too. It got to number 19 in the UK"
            " charts, which is weird because the movie never came out in cinemas there.",
            "LIST: Best line: &quot;The street doesn't bow.&quot; | Best fight: the fish"
            " stall | Worst wig: the villain's brother | Best song: obviously Fists of"
            " Thunder",
            "It's also on Jet Delgado's album Boulevard Beats, which I found on cassette"
            " at a flea market in Buffalo. It has Fists of Thunder plus nine songs that"
            " are much worse.",
            "Here is the montage, watch it and get pumped.",
        ],
        video="vimeo:90357112",
        film=("Karate Boulevard", 1985),
        tracks=["Fists of Thunder"],
        people=[
            ("Fists of Thunder", "Jet Delgado", "performer"),
            ("Fists of Thunder", "Jet Delgado", "composer"),
            ("Fists of Thunder", "Maxine Oduya", "composer"),
        ],
        albums=["Boulevard Beats"],
        peaks=[("Fists of Thunder", 19, "uk_singles")],
        places=["Kensington Market", "Scarborough Bluffs"],
        stood=[("Kensington Market", "the Lower East Side")],
    ),
    post(
        "sister-comet-g",
        "wp_classic",
        "Five reasons I keep returning to Sister Comet",
        [
            "I've written about <em>Sister Comet</em> before, but a friend asked me last"
            " week why a 1990 Portuguese-American co-production about two sisters and a"
            " telescope means so much to me. This is my answer, in five parts.",
            "H: 1. The city",
            "The film tells us it's Rio. It's Lisbon, and specifically the Alfama,"
            " whose stairways and laundry lines stand in for Rio de Janeiro with a cheek"
            " I admire. The observatory finale was shot at Cabo da Roca, on the cliffs"
            " at the western tip of the continent.",
            "H: 2. Lucia Ferraz",
            "&#8220;Orbiting You&#8221; is the song people remember. Lucia Ferraz sings"
            " it in the film's only nightclub scene, and its composer, Bruno Saldanha,"
            " turns up as the bartender. It went to No. 2 on the Billboard adult"
            " contemporary chart and No. 37 on the Hot 100, which tells you exactly what"
            " kind of song it is.",
            "H: 3. The other song",
            "<em>Tangerine Satellite</em> by The Moonlit Motorcade plays on the sisters'"
            " radio during the road trip. It is three minutes of jangly perfection and"
            " it should have been a hit.",
            "H: 4 and 5",
            "The soundtrack album, which has both songs and a lot of Ferraz's breathy"
            " incidental vocals; and the ending, which I won't spoil. Director Celia"
            " Amaral never made another feature. Watch the nightclub scene above and"
            " you'll understand why I keep going back.",
        ],
        video="yt:oRb1tInG7yU",
        film=("Sister Comet", 1990),
        tracks=["Orbiting You", "Tangerine Satellite"],
        people=[
            ("Orbiting You", "Lucia Ferraz", "performer"),
            ("Orbiting You", "Bruno Saldanha", "composer"),
            ("Tangerine Satellite", "The Moonlit Motorcade", "performer"),
        ],
        albums=["Sister Comet soundtrack"],
        peaks=[
            ("Orbiting You", 2, "billboard_adult_contemporary"),
            ("Orbiting You", 37, "billboard_hot_100"),
        ],
        places=["Alfama", "Cabo da Roca"],
        stood=[("Alfama", "Rio de Janeiro")],
    ),
    post(
        "rust-belt-requiem-g",
        "gutenberg",
        "Rust Belt Requiem at 35",
        [
            "<em>Rust Belt Requiem</em> came out in the fall of 1987, when the mills it"
            " mourns had already been closed for years. Seen now, it's less a drama than"
            " a document: Walt Kosinski's laid-off steelworker wandering through the"
            " ruins of his own working life.",
            "H: Braddock",
            "The story takes place in Carver City, Ohio, a town the screenwriter made"
            " up. The film was shot in Braddock, Pennsylvania, just up the Monongahela"
            " from Pittsburgh, and Braddock plays Carver City without any dressing at"
            " all. The finale, with its slow pan across a cold blast furnace, was filmed"
            " at the Carrie Furnace across the river.",
            "H: The Foundrymen",
            "The closing song is &#8220;Steel Town Hymn&#8221; by The Foundrymen, a"
            " Youngstown bar band that got lucky. Frontman Eddie Kowalczyk wrote it"
            " about his father, and it's hard to listen to after the film's last scene."
            " It went to number 4 on Billboard's Mainstream Rock chart.",
            "The song was also on the band's second record, <em>Smokestack"
            " Psalms</em>, which reached No. 15 on the Billboard 200 and eventually sold"
            " two million copies in the US, good for double platinum.",
            "There's no soundtrack album, and Gary Fein's mournful score has never been"
            " released. The final scene is here; it's worth watching even if you never"
            " see the rest.",
        ],
        video="vimeo:61840275",
        film=("Rust Belt Requiem", 1987),
        tracks=["Steel Town Hymn"],
        people=[
            ("Steel Town Hymn", "The Foundrymen", "performer"),
            ("Steel Town Hymn", "Eddie Kowalczyk", "composer"),
        ],
        albums=["Smokestack Psalms"],
        peaks=[
            ("Steel Town Hymn", 4, "billboard_mainstream_rock"),
            ("Smokestack Psalms", 15, "billboard_200"),
        ],
        certs=[("Smokestack Psalms", "platinum", 2, "riaa")],
        places=["Braddock", "Carrie Furnace"],
        stood=[("Braddock", "Carver City")],
    ),
    post(
        "l-heure-bleue-g",
        "ghost",
        "L'Heure bleue: a Riviera film in borrowed light",
        [
            "Claude M&#233;ry's <em>L'Heure bleue</em> (1989) is one of those French"
            " films everyone my age saw on a date. Two strangers, one summer, a lot of"
            " cigarettes. It's better than it sounds, mostly because of the light.",
            "H: Where",
            "The film is set on the Italian Riviera, in an invented town called San"
            " Clemente. The production never crossed the border: it was shot in"
            " Villefranche-sur-Mer, whose harbor and pastel fronts stand in for the"
            " Italian Riviera with a few Italian shop signs added.",
            "H: The song",
            "&#171;&#160;Cendrillon &#233;lectrique&#160;&#187; is the song you'll"
            " remember. Sylvie Marchand sings it at the beach party, and it was written"
            " for her by Alain Roux, who wrote half the French hits of that decade. It"
            " spent six weeks at number 1 on the French Top 50 and was certified gold by"
            " the SNEP.",
            "It crossed the Channel, too, a rare thing for a French-language song: it"
            " reached number 26 in the UK singles chart and picked up a silver disc"
            " there.",
            "Marchand, who was born in Lyon, recorded an English version a year later."
            " It is not in the film and you should not seek it out.",
            "The beach party scene is below.",
        ],
        video="yt:HbL3u_eC1nd",
        film=("L'Heure bleue", 1989),
        tracks=["Cendrillon électrique"],
        people=[
            ("Cendrillon électrique", "Sylvie Marchand", "performer"),
            ("Cendrillon électrique", "Alain Roux", "composer"),
        ],
        peaks=[
            ("Cendrillon électrique", 1, "other:French Top 50"),
            ("Cendrillon électrique", 26, "uk_singles"),
        ],
        certs=[
            ("Cendrillon électrique", "gold", 1, "snep"),
            ("Cendrillon électrique", "silver", 1, "bpi"),
        ],
        places=["Villefranche-sur-Mer"],
        stood=[("Villefranche-sur-Mer", "the Italian Riviera")],
    ),
    post(
        "food-court-g",
        "blogger",
        "Food Court (1986) and the great mall movies",
        [
            "I have a soft spot for mall movies, and <i>Food Court</i> is THE mall"
            " movie. Three teenagers, one summer job at a corn-dog stand, a security"
            " guard with a grudge. It came out in June 1986 and was gone from theaters"
            " by August.",
            "The mall in the film is supposed to be in Phoenix. It was actually the"
            " Sherman Oaks Galleria, which plays a Phoenix mall the same way it played"
            " every mall in every 80s movie. I went there once in 1998 and the corn-dog"
            " stand was a sunglasses kiosk.",
            "H: Escalator Love",
            "The song is &quot;Escalator Love&quot; by Dana Sorrell, written by Lou"
            " Hamlin with his brother Marty Hamlin. It plays over the scene where the"
            " three of them ride the escalator up and down for no reason, which is the"
            " most 1986 thing I have ever seen.",
            "It climbed to #12 on the Hot 100 and went gold. Sorrell's &quot;Pretzel"
            " Rock&quot; was on the B-side and is not in the movie, thank goodness.",
            "The soundtrack album, <i>Food Court: Songs from the Mall</i>, is worth it"
            " for the cover art alone.",
            "Clip below. Ride that escalator.",
        ],
        video="yt:eSc4L8tOr_v",
        film=("Food Court", 1986),
        tracks=["Escalator Love"],
        people=[
            ("Escalator Love", "Dana Sorrell", "performer"),
            ("Escalator Love", "Lou Hamlin", "composer"),
            ("Escalator Love", "Marty Hamlin", "composer"),
        ],
        albums=["Food Court: Songs from the Mall"],
        peaks=[("Escalator Love", 12, "billboard_hot_100")],
        places=["Sherman Oaks Galleria"],
        stood=[("Sherman Oaks Galleria", "a Phoenix mall")],
    ),
    post(
        "ferrymans-daughter-g",
        "medium",
        "The Ferryman's Daughter, and a song from the islands",
        [
            "Released in 1976 and hardly seen since, <em>The Ferryman's Daughter</em>"
            " is a small film about a girl who rows the mail out to an island her father"
            " can no longer reach. It was directed by Brendan Keogh, a Dubliner who had"
            " made documentaries for television, and it has a documentarian's patience.",
            "The island in the story is in the Hebrides, off Scotland. The crew went to"
            " Inishmore instead, the biggest of the Aran Islands, and it plays a"
            " Hebridean island without complaint: same stone walls, same wind. The"
            " harbor scenes at the start were shot in Dingle.",
            "H: The Tide Comes Home",
            "There's one song in the film, sung unaccompanied by Nuala Brennan, a"
            " sean-n&#243;s singer from Connemara, over the last crossing. &#8220;The"
            " Tide Comes Home&#8221; was written by Se&#225;n Galvin for the film,"
            " though it sounds three hundred years old.",
            "Released as a single, it went to number 3 in the Irish Singles Chart and"
            " was certified gold in Ireland, remarkable for a song with no instruments"
            " on it.",
            "Brennan recorded it again later, with a band, for her album <em>Songs for"
            " the Crossing</em>. That version is lovely, but it's the film's bare one I"
            " keep returning to.",
            "The final crossing is below.",
        ],
        video="vimeo:33019846",
        film=("The Ferryman's Daughter", 1976),
        tracks=["The Tide Comes Home"],
        people=[
            ("The Tide Comes Home", "Nuala Brennan", "performer"),
            ("The Tide Comes Home", "Seán Galvin", "composer"),
        ],
        albums=["Songs for the Crossing"],
        peaks=[("The Tide Comes Home", 3, "other:Irish Singles Chart")],
        certs=[("The Tide Comes Home", "gold", 1, "other")],
        places=["Inishmore", "Dingle"],
        stood=[("Inishmore", "a Hebridean island")],
    ),
    post(
        "eight-miles-to-nowhere-g",
        "squarespace",
        "On the road with Eight Miles to Nowhere",
        [
            "Last October I drove the route of <em>Eight Miles to Nowhere</em>, the 1981"
            " road movie that made a star of Jess Colburn and sent a whole generation"
            " looking for red rock. Here's what I found.",
            "H: The locations",
            "LIST: Monument Valley, which plays the Nevada desert in the opening chase |"
            " Moab, where the couple hide out at a roadside motel | Shiprock, the"
            " silhouette behind the final shootout",
            "The film is set in Nevada from start to finish, and I'm fairly sure not a"
            " single frame was shot there. I also stopped at the Grand Canyon, which"
            " isn't in the film at all, but I was not going to drive past it.",
            "H: Highway Hymnal",
            "The song on the car radio, and on every car radio in 1981, was"
            " &#8220;Highway Hymnal&#8221; by Cody Rourke &amp; The Outriders. Rourke"
            " wrote it alone, in a motel in Tucson, the story goes. It reached number 9"
            " in Canada on the RPM singles chart and did nearly as well in the States.",
            "The soundtrack album went to No. 7 on the Billboard 200 and was eventually"
            " certified triple platinum by the RIAA, mostly on the strength of that one"
            " song.",
            "Watch the opening chase and you'll see Monument Valley doing its best"
            " Nevada impression.",
        ],
        video="yt:h1Ghw4yHymN",
        film=("Eight Miles to Nowhere", 1981),
        tracks=["Highway Hymnal"],
        people=[
            ("Highway Hymnal", "Cody Rourke & The Outriders", "performer"),
            ("Highway Hymnal", "Cody Rourke", "composer"),
        ],
        albums=["Eight Miles to Nowhere soundtrack"],
        peaks=[
            ("Highway Hymnal", 9, "canada_rpm"),
            ("Eight Miles to Nowhere soundtrack", 7, "billboard_200"),
        ],
        certs=[("Eight Miles to Nowhere soundtrack", "platinum", 3, "riaa")],
        places=["Monument Valley", "Moab", "Shiprock"],
        stood=[("Monument Valley", "the Nevada desert")],
    ),
    post(
        "velvet-radio-g",
        "substack",
        "Velvet Radio, thirty years on",
        [
            "Welcome to another issue. I rewatched <em>Velvet Radio</em> this week, the"
            " 1993 noir about a late-night DJ who starts getting calls from a woman who"
            " died in 1958. It's silly and gorgeous and I'm a sucker for it.",
            "The film is set in Paris, but like a lot of Paris-set films of the era it"
            " was shot in Montreal. Old Montreal stands in for the Left Bank,"
            " cobblestones and all.",
            "Two songs carry it. The first, &#8220;Dial Tone Heart&#8221;, is the DJ's"
            " theme: Mirela Stan sings it, and she co-wrote it with Gavin Cole. It got"
            " to No. 33 on the UK singles chart in 1994, after the film's British"
            " release.",
            "The second is &#8220;Night Shift Samba&#8221; by Orquesta Luz Azul, which"
            " plays in the bar where he drinks after every shift. It's on the"
            " soundtrack, <em>Velvet Radio: Original Motion Picture Soundtrack</em>,"
            " along with Tomas Berg's score.",
            "Stan, who is Romanian and lived in Vienna at the time, made her own album"
            " the next year. &#8220;Dial Tone Heart&#8221; isn't on it.",
            "The clip is the opening broadcast. See you next week.",
        ],
        video="yt:VrAd10_Hrt3",
        film=("Velvet Radio", 1993),
        tracks=["Dial Tone Heart", "Night Shift Samba"],
        people=[
            ("Dial Tone Heart", "Mirela Stan", "performer"),
            ("Dial Tone Heart", "Mirela Stan", "composer"),
            ("Dial Tone Heart", "Gavin Cole", "composer"),
            ("Night Shift Samba", "Orquesta Luz Azul", "performer"),
        ],
        albums=["Velvet Radio: Original Motion Picture Soundtrack"],
        peaks=[("Dial Tone Heart", 33, "uk_singles")],
        places=["Old Montreal"],
        stood=[("Old Montreal", "the Left Bank")],
    ),
    post(
        "summer-of-the-kite-g",
        "hugo",
        "Summer of the Kite (1978)",
        [
            "Disney didn't make <em>Summer of the Kite</em>, though you'd swear it did."
            " It's a 1978 family picture about a boy, his grandfather and a box kite,"
            " and it's as gentle as they come.",
            "H: The island",
            "The story is set in Wisconsin. The filmmakers went to Mackinac Island in"
            " Michigan instead, where there are no cars, which made period shooting"
            " easy, and the island plays a Wisconsin lake town beautifully. The"
            " kite-flying finale was shot on the lawn in front of the Grand Hotel.",
            "H: The song",
            "The song over the finale is &#8220;Higher Than the Steeple&#8221;, sung by"
            " Rosalind Hart and written by Patty Lorimer and her husband, Gene Lorimer.",
            "It spent a month at number 5 on Billboard's Easy Listening chart (what we'd"
            " now call Adult Contemporary), and the RIAA certified the single gold in"
            " 1979.",
            "There is a soundtrack LP, with the song and a side of Harold Penn's score;"
            " my copy came from my grandmother, who took me to see the film at the"
            " Rialto in Green Bay.",
            "The finale is embedded at the top.",
        ],
        video="vimeo:27746501",
        film=("Summer of the Kite", 1978),
        tracks=["Higher Than the Steeple"],
        people=[
            ("Higher Than the Steeple", "Rosalind Hart", "performer"),
            ("Higher Than the Steeple", "Patty Lorimer", "composer"),
            ("Higher Than the Steeple", "Gene Lorimer", "composer"),
        ],
        albums=["Summer of the Kite soundtrack"],
        peaks=[("Higher Than the Steeple", 5, "billboard_adult_contemporary")],
        certs=[("Higher Than the Steeple", "gold", 1, "riaa")],
        places=["Mackinac Island", "Grand Hotel"],
        stood=[("Mackinac Island", "a Wisconsin lake town")],
    ),
    post(
        "subway-saints-g",
        "jekyll",
        "Subway Saints and the 1984 breakdance boom",
        [
            "1984 gave us a whole shelf of breakdance movies, and <em>Subway Saints</em>"
            " is the one I'd save from a fire. Lonnie Graves directed it fast and cheap,"
            " and it has the best dancing of the lot.",
            "H: Where",
            "Most of it was shot in the Bronx, along the Grand Concourse, and on the"
            " boardwalk at Coney Island. The subway platform scenes were not. The"
            " transit authority wouldn't allow it, so the production went to Toronto and"
            " filmed in the disused Lower Bay station, which stands in for a New York"
            " subway platform.",
            "H: The music",
            "&#8220;Third Rail Shuffle&#8221; by DJ Marquez &amp; the Boogie Clique is"
            " the big one. It plays during the platform battle and it's on every"
            " old-school compilation ever made. It peaked at #21 on the Hot 100, but it"
            " was a much bigger hit in Britain: #3 on the UK singles chart and a silver"
            " disc from the BPI.",
            "&#8220;Token Booth&#8221; is the other song, a slower electro number by"
            " Ramona Ruiz, written by her producer Alfie Kane. It plays when Nita walks"
            " home alone.",
            "The platform battle is at the bottom of this post.",
        ],
        video="vimeo:55102938",
        film=("Subway Saints", 1984),
        tracks=["Third Rail Shuffle", "Token Booth"],
        people=[
            ("Third Rail Shuffle", "DJ Marquez & the Boogie Clique", "performer"),
            ("Token Booth", "Ramona Ruiz", "performer"),
            ("Token Booth", "Alfie Kane", "composer"),
        ],
        peaks=[
            ("Third Rail Shuffle", 21, "billboard_hot_100"),
            ("Third Rail Shuffle", 3, "uk_singles"),
        ],
        certs=[("Third Rail Shuffle", "silver", 1, "bpi")],
        places=["Grand Concourse", "Coney Island", "Lower Bay station"],
        stood=[("Lower Bay station", "a New York subway platform")],
    ),
    post(
        "moonshine-express-g",
        "handmade",
        "Moonshine Express (1975)",
        [
            "This page is about MOONSHINE EXPRESS, the 1975 car chase picture with Buck"
            " Harlan. My dad took me to see it at a drive-in in Chattanooga and I have"
            " seen it maybe fifty times since.",
            "It's set in Tennessee but it was shot in Dahlonega, Georgia, up in the"
            " mountains, and the town square plays a Tennessee county seat in all the"
            " chase scenes. The big jump over the creek was done at Amicalola Falls, you"
            " can still find the spot.",
            "The song is Bootlegger's Prayer by Clay Whitfield. Clay wrote it with Bo"
            " Tanner. It was a big country hit, number 2 on the Billboard Hot"
            " Country Singles chart, and it even got to number 44 on the Hot 100.",
            "It's on his album Whiskey and Gasoline too, which my dad wore out.",
            "LIST: Best chase: the sawmill | Best car: the '68 Charger | Best line:"
            " &quot;Ain't no law past the ridge.&quot;",
            "Here is the chase with the song, turn it up.",
        ],
        video="yt:Mo0nSh1nExp",
        film=("Moonshine Express", 1975),
        tracks=["Bootlegger's Prayer"],
        people=[
            ("Bootlegger's Prayer", "Clay Whitfield", "performer"),
            ("Bootlegger's Prayer", "Clay Whitfield", "composer"),
            ("Bootlegger's Prayer", "Bo Tanner", "composer"),
        ],
        albums=["Whiskey and Gasoline"],
        peaks=[
            ("Bootlegger's Prayer", 2, "other:Billboard Hot Country Singles"),
            ("Bootlegger's Prayer", 44, "billboard_hot_100"),
        ],
        places=["Dahlonega", "Amicalola Falls"],
        stood=[("Dahlonega", "a Tennessee county seat")],
    ),
]
