"""Round 16, set AC: twenty posts by a thirtieth writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    # 1. Horror-and-cult-film blogger.
    post(
        "marrow-lantern-grave-montage-ac",
        "wp_classic",
        "Shovels at Midnight: The Grave-Digging Montage in The Marrow Lantern (1986)",
        [
            "Pull up a coffin, fiends. Tonight we're digging (literally) into the single"
            " greatest grave-robbing montage ever committed to Eastmancolor: the midnight"
            " excavation in <em>The Marrow Lantern</em>, Ruth Abernathy-Cole's gloriously"
            " sleazy 1986 ghoul-fest.",
            "Quick refresher for the uninitiated. Two broke med students, one cursed"
            " lantern, and a cemetery that is supposedly somewhere in rural Ohio. The"
            " script never names the town and frankly neither should I, because the whole"
            " thing was shot a long way from Ohio.",
            "H: Where they dug",
            "The asylum exteriors are the real Waverly Hills Sanatorium outside"
            " Louisville, which the film dresses up as St. Agatha's Home for the"
            " Incurable. Anyone who has done the night tour there will recognise the body"
            " chute in the montage's third shot. The cemetery itself? A soundstage, sorry"
            " to say.",
            "H: What's on the radio",
            "Here's the bit that makes the montage. As the shovels go in, a car radio"
            " propped on the cemetery wall starts playing &#8220;Cold Hands, Warm"
            " Engine&#8221; by Static Orchard, a Cleveland bar band who had exactly one"
            " moment in the sun and this was it. Delia Marchbank wrote the words, Tom"
            " Oyelaran the riff, and the thing crawled all the way to No. 34 on the"
            " Billboard Hot 100 that autumn.",
            "It's also the opening cut on their only LP, <em>Nightsoil Hymns</em>, which"
            " I own on a warped copy and will not be selling, thanks for asking.",
            "One correction to the fan wikis: &#8220;Bone Orchard Waltz&#8221; is NOT in"
            " the film. It's on the trailer, and it's on the bootleg tape everyone passes"
            " around at conventions, but you won't hear it in the montage or anywhere"
            " else in the cut that played theatres.",
            "Rating: four rotting femurs out of five. Watch it with the lights off.",
        ],
        video="yt:Qm4rT8xLw2c",
        film=("The Marrow Lantern", 1986),
        tracks=["Cold Hands, Warm Engine"],
        people=[
            ("Cold Hands, Warm Engine", "Static Orchard", "performer"),
            ("Cold Hands, Warm Engine", "Delia Marchbank", "composer"),
            ("Cold Hands, Warm Engine", "Tom Oyelaran", "composer"),
        ],
        albums=["Nightsoil Hymns"],
        peaks=[("Cold Hands, Warm Engine", 34, "billboard_hot_100")],
        places=["Waverly Hills Sanatorium"],
        stood=[("Waverly Hills Sanatorium", "St. Agatha's Home for the Incurable")],
    ),
    # 2. 80s nostalgia site.
    post(
        "quarter-past-tomorrow-rink-montage-ac",
        "wp_classic",
        "Totally Tubular Tuesday: The Roller Rink Montage from Quarter Past Tomorrow",
        [
            "Grab your leg warmers and your Walkman, because this week's Totally Tubular"
            " Tuesday rolls back to the roller rink montage from <em>Quarter Past"
            " Tomorrow</em> (1985). If you were twelve when this hit the mall multiplex,"
            " you know. You KNOW.",
            "The setup: Kelly (Dana Rusk, feathered hair for days) has one week to learn"
            " to skate backwards before the big couples' skate. Cue the montage. Cue the"
            " neon. Cue the synth drums.",
            "The rink is the Moonlite Rollerway in Glendale &#8212; still open, still"
            " gorgeous &#8212; and in the movie it pretends to be the Starlite"
            " Roll-A-Rama, a rink somewhere outside Pittsburgh. Same carpet on the walls,"
            " I swear.",
            "The songs, ranked:",
            "LIST: <strong>&#8220;Turn the Tide Tonight&#8221;, Kip Lorrimer</strong>"
            " &#8211; the big one. Kip co-wrote it with Jana Vesk, and it went Top 10 in"
            " America (No. 7 on the Hot 100) and hit No. 12 up in Canada on the RPM chart."
            " The RIAA handed it a gold record, too."
            " | <strong>&#8220;Glass Arcade&#8221;, Mirror Patrol</strong> &#8211; playing"
            " when Kelly finally nails the backwards crossover. Keyboardist Sal Okonkwo"
            " wrote it in, he claims, forty minutes."
            " | <strong>&#8220;Velvet Static&#8221;</strong> &#8211; trick entry! This was"
            " the B-side of the Mirror Patrol single and everybody &#8220;remembers&#8221;"
            " it from the movie, but it isn't in there. Go check. I'll wait.",
            "The first two live on the soundtrack album, which the RIAA certified"
            " platinum and which my older sister wore out on our family hi-fi. (She"
            " denies this. She is lying.)",
            "Next week: the mall makeover montage from <em>Perm Wars</em>. Bring your"
            " crimping iron.",
        ],
        video="yt:Hf8kP2mVn5e",
        film=("Quarter Past Tomorrow", 1985),
        tracks=["Turn the Tide Tonight", "Glass Arcade"],
        people=[
            ("Turn the Tide Tonight", "Kip Lorrimer", "performer"),
            ("Turn the Tide Tonight", "Kip Lorrimer", "composer"),
            ("Turn the Tide Tonight", "Jana Vesk", "composer"),
            ("Glass Arcade", "Mirror Patrol", "performer"),
            ("Glass Arcade", "Sal Okonkwo", "composer"),
        ],
        albums=["Quarter Past Tomorrow soundtrack"],
        peaks=[
            ("Turn the Tide Tonight", 7, "billboard_hot_100"),
            ("Turn the Tide Tonight", 12, "canada_rpm"),
        ],
        certs=[
            ("Turn the Tide Tonight", "gold", 1, "riaa"),
            ("Quarter Past Tomorrow soundtrack", "platinum", 1, "riaa"),
        ],
        places=["Moonlite Rollerway"],
        stood=[("Moonlite Rollerway", "the Starlite Roll-A-Rama")],
    ),
    # 3. "Best movie montages" columnist.
    post(
        "iron-meridian-training-montage-ac",
        "gutenberg",
        "The 25 Best Training Montages, No. 6: Iron Meridian",
        [
            "We are counting down the twenty-five best training montages in movie"
            " history, and at number six sits the one everybody forgets was a rip-off of"
            " a rip-off and nobody minds: the steel-mill sequence in <em>Iron"
            " Meridian</em>, released in the spring of 1991.",
            "Boxer Eddie Sokol (a scarily committed Gavin Reyes) is too poor for a gym, so"
            " he trains in the mill where his father died. He hauls chains, he punches"
            " sides of pig iron, he runs the river path at dawn. It is absurd and it is"
            " perfect.",
            "H: The location",
            "The film is set in Detroit, but the river runs were filmed along"
            " Pittsburgh's Strip District waterfront, standing in for Detroit's"
            " riverfront. For the mill interiors the crew moved upriver to the Carrie"
            " Furnace in Rankin, which plays Dearborn Ironworks, Eddie's fictional"
            " employer.",
            "H: The song",
            "And then there's the song. &#8220;Higher Than the Ropes&#8221; is pure 1991"
            " arena rock: gated snare, a key change you can see coming from the next"
            " county. Dane Calloway sings it like he's being paid by the vein. He wrote it"
            " with Reggie Fonseca-Hart, a Nashville session man who later swore he'd never"
            " seen the movie.",
            "It was a rock-radio monster, peaking at number three on Billboard's"
            " Mainstream Rock chart, though it never crossed over and missed the Hot 100"
            " entirely. The parent album, <em>Ropes &amp; Rivets</em>, did better:"
            " platinum from the RIAA by the end of '92.",
            "Why only sixth? Because the editor cuts away from the chorus twice."
            " Unforgivable. Number five next Friday.",
        ],
        video="vimeo:318402771",
        film=("Iron Meridian", 1991),
        tracks=["Higher Than the Ropes"],
        people=[
            ("Higher Than the Ropes", "Dane Calloway", "performer"),
            ("Higher Than the Ropes", "Dane Calloway", "composer"),
            ("Higher Than the Ropes", "Reggie Fonseca-Hart", "composer"),
        ],
        albums=["Ropes & Rivets"],
        peaks=[("Higher Than the Ropes", 3, "billboard_mainstream_rock")],
        certs=[("Ropes & Rivets", "platinum", 1, "riaa")],
        places=["Strip District", "Carrie Furnace"],
        stood=[
            ("Strip District", "Detroit's riverfront"),
            ("Carrie Furnace", "Dearborn Ironworks"),
        ],
    ),
    # 4. Streaming-service "what to watch" writer.
    post(
        "saltwater-cartographers-what-to-watch-ac",
        "gutenberg",
        "What to Watch This Weekend: Saltwater Cartographers",
        [
            "New to the service this week and absolutely worth your Saturday night:"
            " <em>Saltwater Cartographers</em>, the 2017 indie weepie about two estranged"
            " sisters redrawing their late father's sea charts.",
            "You've probably already seen the map-making montage on your feed &#8212;"
            " it's the one with the paper boats. If not, it's right up there.",
            "The song over it is Hollis Wren's &#8220;Paper Boats in July&#8221;, and yes,"
            " it will wreck you. Wren co-wrote the track with Marguerite Abe, who also"
            " produced it.",
            "Fun fact for the location nerds: the film's &#8220;Maine&#8221; is actually"
            " Achill Island, off the west coast of Ireland.",
            "The song got a nice little bump when the trailer dropped: number 15 in the UK"
            " and number 21 on the Irish Singles Chart.",
            "Watch if you liked: quiet grief, lighthouses, arguments in cars. Skip if:"
            " you wanted a heist.",
        ],
        video="vimeo:274918330",
        film=("Saltwater Cartographers", 2017),
        tracks=["Paper Boats in July"],
        people=[
            ("Paper Boats in July", "Hollis Wren", "performer"),
            ("Paper Boats in July", "Hollis Wren", "composer"),
            ("Paper Boats in July", "Marguerite Abe", "composer"),
        ],
        peaks=[
            ("Paper Boats in July", 15, "uk_singles"),
            ("Paper Boats in July", 21, "other:Irish Singles Chart"),
        ],
        places=["Achill Island"],
        stood=[("Achill Island", "Maine")],
    ),
    # 5. Cinematographer writing about the shoot.
    post(
        "harbin-street-flea-market-shoot-ac",
        "ghost",
        "Shooting the Flea Market Montage for The Long Quiet of Harbin Street",
        [
            "People keep asking me about the flea market sequence, so here is the long"
            " version. I was director of photography on <em>The Long Quiet of Harbin"
            " Street</em> (2019), and that ninety-second montage took us four days, three"
            " lenses and one very patient vendor of Soviet cameras.",
            "First, where. Our Dry Bridge in Tbilisi plays a Leningrad flea market (the"
            " script says 1979), and the real Sunday sellers still set up along its"
            " railings; the art department added forty metres of extra stalls and"
            " repainted every sign in Cyrillic.",
            "We scouted Baku and Yerevan too, and I'd love to go back to both, but neither"
            " had the light. Tbilisi in October gives you a low amber sun that bounces off"
            " the river and fills the faces from below. I didn't light a single"
            " close-up.",
            "H: Lenses and rhythm",
            "Everything was shot on old Lomo anamorphics, wide open. The editor, Sofia"
            " Bregvadze, cut to the music rather than the action, which is why the"
            " montage breathes the way it does.",
            "H: The music",
            "The song under the montage is &#8220;Samovar Light&#8221;. Nino"
            " Abashidze-Kell sings it; the composer Ilya Verner wrote it for the film, and"
            " he was on set the second day humming it at the extras until they started"
            " swaying in time.",
            "At the vendor's close-up it hands off to &#8220;Tender Machine&#8221; by Tin"
            " Pavilions, a post-punk trio whose drummer, Levan Gogia, wrote it in his"
            " kitchen in 2004. Both cues are on Verner's <em>Harbin Street (Original"
            " Score)</em>, which is worth the vinyl price for the liner notes alone.",
            "Last thing: the overhead shot of the market was a drone. Sorry, purists.",
        ],
        video="yt:bT7nKp2wQ9s",
        film=("The Long Quiet of Harbin Street", 2019),
        tracks=["Samovar Light", "Tender Machine"],
        people=[
            ("Samovar Light", "Nino Abashidze-Kell", "performer"),
            ("Samovar Light", "Ilya Verner", "composer"),
            ("Tender Machine", "Tin Pavilions", "performer"),
            ("Tender Machine", "Levan Gogia", "composer"),
        ],
        albums=["Harbin Street (Original Score)"],
        places=["Dry Bridge"],
        stood=[("Dry Bridge", "a Leningrad flea market")],
    ),
    # 6. Letterboxd-style diary post.
    post(
        "dog-days-at-the-lido-diary-ac",
        "ghost",
        "Diary: Dog Days at the Lido (2008), rewatched",
        [
            "&#9733;&#9733;&#9733;&#9733; &#183; rewatched on a train with one earbud,"
            " which is exactly how this film should be watched.",
            "the beach montage!! still the best four minutes of any 2008 movie. <em>Dog"
            " Days at the Lido</em> pretends the Lido di Venezia is a faded Black Sea"
            " resort and I fully believe it every single time.",
            "song: &#8220;Lido Sunburn&#8221; &#8212; Frankie Ambrose &amp; the Tidy"
            " Hearts. Frankie wrote it alone over a weekend, per the liner notes. went to"
            " number two in Germany (!!) and the BVMI gave it a gold disc.",
            "also, the dog. the dog deserved an award.",
        ],
        video="vimeo:190377245",
        film=("Dog Days at the Lido", 2008),
        tracks=["Lido Sunburn"],
        people=[
            ("Lido Sunburn", "Frankie Ambrose & the Tidy Hearts", "performer"),
            ("Lido Sunburn", "Frankie Ambrose", "composer"),
        ],
        peaks=[("Lido Sunburn", 2, "germany_media_control")],
        certs=[("Lido Sunburn", "gold", 1, "bvmi")],
        places=["Lido di Venezia"],
        stood=[("Lido di Venezia", "a faded Black Sea resort")],
    ),
    # 7. Retro VHS collector.
    post(
        "chrome-jackal-vhs-montage-ac",
        "blogger",
        "Tape Hunt #41: Chrome Jackal (1987), the Big-Box Release",
        [
            "FOUND IT! After three years of flea markets, one very sketchy eBay seller and"
            " a car boot sale in the rain, I finally own the original big-box VHS of"
            " <em>Chrome Jackal</em>. Silver slipcase, the works. Here's the montage that"
            " made me want it in the first place:",
            "For those who never caught it on late-night cable: 1987, dir. Vance"
            " Holloway, a disgraced stunt driver rebuilds a muscle car to race across a"
            " wasteland called Zone 9. The rebuild montage is eleven minutes long."
            " ELEVEN.",
            "H: Where it was shot",
            "The wasteland stuff is Bombay Beach, on the shore of the Salton Sea,"
            " standing in for Zone 9. The garage was a real auto shop in Indio, long since"
            " demolished. (If anyone knows its name, my inbox is open.)",
            "H: The songs",
            "The rebuild kicks off with &#8220;Midnight Overdrive (Jackal's"
            " Theme)&#8221;, credited to Voltage Saints and written for them by Lenny"
            " Saperstein and Carla Mbeki. It only scraped to #58 on the Hot 100, but it's"
            " a stone-cold classic in this house.",
            "Then, when the engine finally turns over, it's Rhonda Kettle belting"
            " &#8220;Pavement Prayer&#8221;, which she also wrote. Both are on the"
            " soundtrack LP from Scorpio Grid Records, plainly titled <em>Chrome Jackal:"
            " Original Motion Picture Soundtrack</em>.",
            "A word of warning: the box art lists &#8220;Sunset Razor&#8221; as a featured"
            " song. It isn't in the film at all, and it isn't even on the LP. Don't let"
            " the box lie to you like it lied to me.",
            "Condition report: plays clean, tracking wobbles a bit at the 40-minute mark."
            " 9/10, would rewind.",
        ],
        video="yt:Vx3JmR8cN0a",
        film=("Chrome Jackal", 1987),
        tracks=["Midnight Overdrive (Jackal's Theme)", "Pavement Prayer"],
        people=[
            ("Midnight Overdrive (Jackal's Theme)", "Voltage Saints", "performer"),
            ("Midnight Overdrive (Jackal's Theme)", "Lenny Saperstein", "composer"),
            ("Midnight Overdrive (Jackal's Theme)", "Carla Mbeki", "composer"),
            ("Pavement Prayer", "Rhonda Kettle", "performer"),
            ("Pavement Prayer", "Rhonda Kettle", "composer"),
        ],
        albums=["Chrome Jackal: Original Motion Picture Soundtrack"],
        peaks=[("Midnight Overdrive (Jackal's Theme)", 58, "billboard_hot_100")],
        places=["Bombay Beach", "Indio"],
        stood=[("Bombay Beach", "Zone 9")],
    ),
    # 8. Student film critic.
    post(
        "everything-after-algebra-study-montage-ac",
        "blogger",
        "FILM 204 Response Paper (Blog Version): The Study Montage in Everything After Algebra",
        [
            "For Film 204 we had to pick one montage and write 800 words on how it uses"
            " music. I picked the cram-session montage from <em>Everything After"
            " Algebra</em> (2004) because I have watched it probably thirty times and my"
            " roommate has banned it.",
            "Quick plot: Priya, a scholarship kid at Westbrook Academy, has one night to"
            " learn a year of calculus. The montage compresses eleven hours into two"
            " minutes, and the music does most of the work.",
            "H: The song",
            "The song is &#8220;Pencil Sharpener Heart&#8221;, performed by the British"
            " band Junebug Radio. Its writers were Asha Patel-Moore and Dev Kowalczyk,"
            " the band's two guitarists. Structurally it's verse-chorus-verse, but the"
            " editor only uses the chorus and the bridge, which I'd argue mirrors Priya"
            " skipping straight to the exam questions.",
            "In terms of reception (our professor wanted &#8220;context&#8221;), the"
            " single reached number nine in the UK singles chart and was certified silver"
            " by the BPI. The album it came from, <em>Homeroom Static</em>, is fine but"
            " nowhere near as good.",
            "H: Bonus fact",
            "Westbrook Academy is actually Hatley Castle in British Columbia! The"
            " director, who grew up in Vancouver, apparently picked it because it was a"
            " ferry ride from home.",
            "Grade pending. Wish me luck.",
        ],
        video="yt:p0LaW5eYh3M",
        film=("Everything After Algebra", 2004),
        tracks=["Pencil Sharpener Heart"],
        people=[
            ("Pencil Sharpener Heart", "Junebug Radio", "performer"),
            ("Pencil Sharpener Heart", "Asha Patel-Moore", "composer"),
            ("Pencil Sharpener Heart", "Dev Kowalczyk", "composer"),
        ],
        albums=["Homeroom Static"],
        peaks=[("Pencil Sharpener Heart", 9, "uk_singles")],
        certs=[("Pencil Sharpener Heart", "silver", 1, "bpi")],
        places=["Hatley Castle"],
        stood=[("Hatley Castle", "Westbrook Academy")],
    ),
    # 9. Long-form film essay.
    post(
        "season-of-small-fires-marriage-montage-ac",
        "medium",
        "Ninety Seconds of a Marriage: On the Montage in A Season of Small Fires",
        [
            "There is a moment, about an hour into <em>A Season of Small Fires</em>, when"
            " the film stops telling us things and starts showing us time. Released in"
            " 1996 and mostly forgotten by 1997, Lena Osgood's second feature spends its"
            " first act on dialogue and then, almost without warning, compresses eight"
            " years of a marriage into ninety seconds.",
            "The montage is built from domestic repetition: the same porch, the same"
            " screen door, the same two coffee cups, ageing. What changes is the light,"
            " and the song.",
            "The first half runs on Marisol Trent's &#8220;Leave the Porch Light"
            " On&#8221;. Trent wrote it with her longtime collaborator Owen Blakeley, and"
            " her voice here is almost conversational, as if she were in the kitchen with"
            " them. It is a song about waiting, laid over images of people who have"
            " stopped.",
            "The song had a life of its own outside the film. It spent most of that"
            " winter on soft-rock radio, topping out at No. 4 on Billboard's Adult"
            " Contemporary chart and at No. 22 on the Hot 100. The album that houses it,"
            " <em>Weathervane Letters</em>, was eventually certified double platinum by"
            " the RIAA.",
            "Then, at the exact midpoint, Osgood cuts to silence for four frames and"
            " brings in &#8220;Tidewater&#8221;, a spare acoustic piece that Gus Hallorann"
            " wrote and recorded alone in a converted boathouse. Where Trent's song"
            " waited, his has given up waiting.",
            "It matters where this was made. The porch belongs to a house in Beaufort,"
            " South Carolina, which stands in for coastal Georgia; the beach where the"
            " couple take their last walk was shot on Hunting Island, twenty minutes away."
            " Osgood, who was raised in Tucson, has said she wanted &#8220;a landscape"
            " that was beautiful and a little humid and slowly rotting.&#8221;",
            "I don't think the film is a masterpiece. But those ninety seconds are, and"
            " they are ninety seconds about what songs do: they hold time still long"
            " enough for us to notice it passing.",
        ],
        video="yt:L8sQe2TzGn4",
        film=("A Season of Small Fires", 1996),
        tracks=["Leave the Porch Light On", "Tidewater"],
        people=[
            ("Leave the Porch Light On", "Marisol Trent", "performer"),
            ("Leave the Porch Light On", "Marisol Trent", "composer"),
            ("Leave the Porch Light On", "Owen Blakeley", "composer"),
            ("Tidewater", "Gus Hallorann", "performer"),
            ("Tidewater", "Gus Hallorann", "composer"),
        ],
        albums=["Weathervane Letters"],
        peaks=[
            ("Leave the Porch Light On", 4, "billboard_adult_contemporary"),
            ("Leave the Porch Light On", 22, "billboard_hot_100"),
        ],
        certs=[("Weathervane Letters", "platinum", 2, "riaa")],
        places=["Beaufort", "Hunting Island"],
        stood=[("Beaufort", "coastal Georgia")],
    ),
    # 10. Music critic's history piece.
    post(
        "girl-who-fixed-jukeboxes-diner-montage-ac",
        "medium",
        "The Jukebox Montage That Outsold Its Movie",
        [
            "Ask anyone over fifty in Winnipeg about <em>The Girl Who Fixed"
            " Jukeboxes</em> and you'll get a blank look. Hum them the chorus of"
            " &#8220;Nickel in the Slot&#8221; and watch their faces change.",
            "The 1979 film is a small road comedy about a repairwoman working her way"
            " west along Route 66. Its centrepiece is a montage in which she fixes jukebox"
            " after jukebox in diner after diner, each one bursting back to life with the"
            " same song.",
            "That song belonged to The Dovetones, a vocal quartet out of Toronto, and was"
            " written by the husband-and-wife team of Harold Sweeney and Bea Castellanos."
            " At home it went all the way: number one on the RPM chart, and gold from"
            " Music Canada (back then still called the CRIA). South of the border it"
            " peaked at six on the Hot 100; in Australia, eleven on the Kent Music"
            " Report.",
            "Almost every diner in the montage is the same building, redressed: Roy's"
            " Motel and Café in Amboy, out in the Mojave, playing a truck stop outside"
            " Tulsa, then a diner in Amarillo, then a roadhouse in Flagstaff. The"
            " production designer changed the neon sign four times in two days.",
            "There was no soundtrack album. The single was it, which may be why the song"
            " outlived the film.",
            "&#8220;We cut it to the beat so tightly the editor's splicer jammed,&#8221;"
            " Castellanos told a Toronto paper in 2009. &#8220;That's the only part of"
            " the movie I still watch.&#8221;",
        ],
        video="vimeo:402118556",
        film=("The Girl Who Fixed Jukeboxes", 1979),
        tracks=["Nickel in the Slot"],
        people=[
            ("Nickel in the Slot", "The Dovetones", "performer"),
            ("Nickel in the Slot", "Harold Sweeney", "composer"),
            ("Nickel in the Slot", "Bea Castellanos", "composer"),
        ],
        peaks=[
            ("Nickel in the Slot", 1, "canada_rpm"),
            ("Nickel in the Slot", 6, "billboard_hot_100"),
            ("Nickel in the Slot", 11, "australia_kent"),
        ],
        certs=[("Nickel in the Slot", "gold", 1, "music_canada")],
        places=["Roy's Motel and Café"],
        stood=[
            ("Roy's Motel and Café", "a truck stop outside Tulsa"),
            ("Roy's Motel and Café", "a diner in Amarillo"),
            ("Roy's Motel and Café", "a roadhouse in Flagstaff"),
        ],
    ),
    # 11. Film-location tourism blogger.
    post(
        "tram-conductors-daughter-porto-locations-ac",
        "squarespace",
        "On Location: Walking the Tram Conductor's Daughter Montage in Porto",
        [
            "Welcome back to On Location! This time I took the train up from Lisbon to"
            " Porto to walk the famous tram-ride montage from <em>The Tram Conductor's"
            " Daughter</em> (2013), a film that is set entirely in Lisbon but was, in"
            " fact, shot almost entirely up north.",
            "H: Stop 1: Dom Luís I Bridge",
            "The opening shot, the one on every poster, is the double-decker Dom Luís I"
            " Bridge, which the film passes off as Lisbon's 25 de Abril Bridge. Anyone"
            " who has seen both will laugh. Go at sunset and stand on the upper deck.",
            "H: Stop 2: Livraria Lello",
            "Marta browses for her father's old tram timetables in Livraria Lello,"
            " playing a dusty Lisbon secondhand bookshop. Book a ticket online; the queue"
            " is brutal.",
            "H: Stop 3: Ribeira",
            "The montage ends with the tram rattling along the riverfront in Ribeira."
            " Line 1 still runs there, and yes, I rode it three times with the song in my"
            " headphones.",
            "H: The song in my headphones",
            "That would be &#8220;Saudade for Beginners&#8221;, sung by Inês"
            " Carvalhal-Rowe and written by her with the guitarist Tomás Ferrim. It was a"
            " number five hit on the Portuguese Singles Chart the year the film came"
            " out.",
            "One stop I skipped: Sintra. It's gorgeous, it's an easy day trip from"
            " Lisbon, and it appears nowhere in the film, whatever one travel site"
            " insists.",
        ],
        video="yt:Rk2wF6hZx1E",
        film=("The Tram Conductor's Daughter", 2013),
        tracks=["Saudade for Beginners"],
        people=[
            ("Saudade for Beginners", "Inês Carvalhal-Rowe", "performer"),
            ("Saudade for Beginners", "Inês Carvalhal-Rowe", "composer"),
            ("Saudade for Beginners", "Tomás Ferrim", "composer"),
        ],
        peaks=[("Saudade for Beginners", 5, "other:Portuguese Singles Chart")],
        places=["Dom Luís I Bridge", "Livraria Lello", "Ribeira"],
        stood=[
            ("Dom Luís I Bridge", "Lisbon's 25 de Abril Bridge"),
            ("Livraria Lello", "a dusty Lisbon secondhand bookshop"),
        ],
    ),
    # 12. Q&A with a music supervisor.
    post(
        "velvet-arithmetic-music-supervisor-ac",
        "squarespace",
        "Five Questions for the Woman Who Picked the Songs in Velvet Arithmetic",
        [
            "<em>Velvet Arithmetic</em> (2001) turned twenty this year, and its"
            " accountants-in-love montage is still the most shared clip on our socials."
            " We asked its music supervisor, Georgie Fane, how it came together.",
            "<strong>How did you find &#8220;Count Me Backwards&#8221;?</strong> Leona"
            " Stitch sent a demo to our office in a shoebox. She'd written it with a Dutch"
            " producer, Pim van Ruysdael, and it was just her voice and a drum machine. I"
            " played it to the director and he said, &#8216;That's the montage.&#8217;",
            "<strong>It was a hit, right?</strong> We kept her demo vocal for the final"
            " version, and it went to number fourteen in Britain. Leona still sends me a"
            " Christmas card every year.",
            "<strong>And the second song?</strong> &#8220;Decimal Point&#8221; by"
            " Glasshouse Ordinance. Their singer, Cole Dufresne, wrote it about his tax"
            " return, which felt right.",
            "<strong>Was there a soundtrack?</strong> Yes, <em>Velvet Arithmetic: Songs"
            " from the Film</em>. It did surprisingly well in Australia &#8212; a gold"
            " record from ARIA, of all places.",
            "<strong>Anything you regret?</strong> We licensed a glammy thing called"
            " &#8220;Ledger Lines&#8221; for the office party and cut it in the final"
            " week. People still ask for it. It's not in the film, I promise.",
            "<em>Editor's note: the montage was filmed under the clocks at Flinders"
            " Street Station in Melbourne, which doubles as a London Tube stop.</em>",
        ],
        video="vimeo:553201987",
        film=("Velvet Arithmetic", 2001),
        tracks=["Count Me Backwards", "Decimal Point"],
        people=[
            ("Count Me Backwards", "Leona Stitch", "performer"),
            ("Count Me Backwards", "Leona Stitch", "composer"),
            ("Count Me Backwards", "Pim van Ruysdael", "composer"),
            ("Decimal Point", "Glasshouse Ordinance", "performer"),
            ("Decimal Point", "Cole Dufresne", "composer"),
        ],
        albums=["Velvet Arithmetic: Songs from the Film"],
        peaks=[("Count Me Backwards", 14, "uk_singles")],
        certs=[("Velvet Arithmetic: Songs from the Film", "gold", 1, "aria")],
        places=["Flinders Street Station"],
        stood=[("Flinders Street Station", "a London Tube stop")],
    ),
    # 13. Soundtrack-fan newsletter.
    post(
        "arcadia-motor-court-soundtrack-issue-ac",
        "substack",
        "Issue 88: Three Songs and a Motel",
        [
            "Hello, cue-sheet obsessives. This week's deep dive is the car-wash montage"
            " from <em>Arcadia Motor Court</em> (1993), a film about a failing Nevada"
            " motel that I will defend until my last breath.",
            "Three songs in under three minutes. Let's take them in order.",
            "H: 1. Dust on the Dashboard",
            "Wade Pellinger's slide-guitar stomper opens the montage. He wrote it with his"
            " brother Curtis Pellinger, and it's the single that got the soundtrack onto"
            " country radio, though on the Hot 100 it never climbed higher than number"
            " 44.",
            "H: 2. Ten Miles of Maybe",
            "The Cartwheel Brothers are not brothers, which is the first thing every"
            " article about them mentions, so now I've mentioned it. Their harmony-heavy"
            " middle section of the montage (the suds, the slow motion) is the best fifty"
            " seconds of the film. Miriam Achterberg, who wrote half their catalogue,"
            " wrote this one too. It didn't chart in the US at all, but it did reach No. 40"
            " in the UK.",
            "H: 3. Neon Vacancy",
            "The closer. Odessa Crane sings it, score composer Yusuf Halvorsen wrote it,"
            " and it's the only moment in the film where the score and the songs meet.",
            "H: The album",
            "All three are on the soundtrack, titled (deep breath) <em>Arcadia Motor"
            " Court: Music From and Inspired by the Motion Picture</em>. It peaked at 17"
            " on the Billboard 200 and at 2 on Billboard's soundtracks chart, and the"
            " RIAA certified it platinum in 1995.",
            "H: Where it was shot",
            "The motel is a set, but the car wash is real: it's in Boulder City. Reply"
            " and tell me your favourite of the three.",
        ],
        video="yt:zH5cN1uVr7k",
        film=("Arcadia Motor Court", 1993),
        tracks=["Dust on the Dashboard", "Ten Miles of Maybe", "Neon Vacancy"],
        people=[
            ("Dust on the Dashboard", "Wade Pellinger", "performer"),
            ("Dust on the Dashboard", "Wade Pellinger", "composer"),
            ("Dust on the Dashboard", "Curtis Pellinger", "composer"),
            ("Ten Miles of Maybe", "The Cartwheel Brothers", "performer"),
            ("Ten Miles of Maybe", "Miriam Achterberg", "composer"),
            ("Neon Vacancy", "Odessa Crane", "performer"),
            ("Neon Vacancy", "Yusuf Halvorsen", "composer"),
        ],
        albums=["Arcadia Motor Court: Music From and Inspired by the Motion Picture"],
        peaks=[
            ("Dust on the Dashboard", 44, "billboard_hot_100"),
            ("Ten Miles of Maybe", 40, "uk_singles"),
            (
                "Arcadia Motor Court: Music From and Inspired by the Motion Picture",
                17,
                "billboard_200",
            ),
            (
                "Arcadia Motor Court: Music From and Inspired by the Motion Picture",
                2,
                "billboard_soundtracks",
            ),
        ],
        certs=[
            (
                "Arcadia Motor Court: Music From and Inspired by the Motion Picture",
                "platinum",
                1,
                "riaa",
            ),
        ],
        places=["Boulder City"],
    ),
    # 14. Critic's newsletter on a German hit.
    post(
        "crane-operators-night-shift-montage-ac",
        "substack",
        "The Night-Shift Montage in The Crane Operators",
        [
            "Some films arrive with a song already attached to them, and in Germany you"
            " cannot say <em>The Crane Operators</em> without someone humming"
            " &#8220;Stahlblau&#8221;. This week, for paid subscribers and the free list"
            " alike, a closer look at the night-shift montage from the 2011 film.",
            "Katrin Obermeier-Lutz sings it in German over images of three crane"
            " operators working through a winter night. She wrote it with the Swedish"
            " composer Jonas Fält.",
            "Its success was absurd for a song from an arthouse film. Five weeks at"
            " number one in Germany. Triple platinum from the BVMI. Number 4 in Austria,"
            " on the Ö3 Austria Top 40.",
            "Her album from that winter, <em>Nachtschicht</em>, has a slower version,"
            " but the film uses the single mix.",
            "The steelworks in the film is Landschaftspark Duisburg-Nord, which hasn't"
            " made steel since 1985 and which the film passes off as a Polish steelworks"
            " near Katowice. The crew lit the blast furnace from inside with sodium"
            " lamps; it looks as if the whole thing were still running.",
            "I said I wouldn't do this every week, but: the song is better than the"
            " film.",
        ],
        video="yt:Wq9dJ2mXc6T",
        film=("The Crane Operators", 2011),
        tracks=["Stahlblau"],
        people=[
            ("Stahlblau", "Katrin Obermeier-Lutz", "performer"),
            ("Stahlblau", "Katrin Obermeier-Lutz", "composer"),
            ("Stahlblau", "Jonas Fält", "composer"),
        ],
        albums=["Nachtschicht"],
        peaks=[
            ("Stahlblau", 1, "germany_media_control"),
            ("Stahlblau", 4, "other:Ö3 Austria Top 40"),
        ],
        certs=[("Stahlblau", "platinum", 3, "bvmi")],
        places=["Landschaftspark Duisburg-Nord"],
        stood=[("Landschaftspark Duisburg-Nord", "a Polish steelworks near Katowice")],
    ),
    # 15. Personal rewatch notes.
    post(
        "low-orbit-lullaby-rewatch-notes-ac",
        "hugo",
        "Rewatch notes: Low Orbit Lullaby",
        [
            "Weekend rewatch, notes mostly for myself. <em>Low Orbit Lullaby</em>, 2015."
            " Still holds up.",
            "The montage I care about is the one where Dr. Amara Lind calibrates the"
            " array alone for what the film implies is three months. The dishes are the"
            " real Very Large Array in New Mexico, playing a Martian listening station;"
            " the rock spires in the wide shots are the Trona Pinnacles in California,"
            " standing in for the surface of Mars itself.",
            "Music:",
            "LIST: &#8220;Satellite Kid&#8221; &#8212; Sleepwalker Telemetry (written by"
            " Ana Ruiz-Okafor) | &#8220;Carrier Wave&#8221; &#8212; also Sleepwalker"
            " Telemetry, also a Ruiz-Okafor song, under the last thirty seconds",
            "Both on <em>Low Orbit Lullaby (Original Soundtrack)</em>. Neither charted"
            " anywhere as far as I can tell, which is a crime.",
            "Note to self: the cover of &#8220;Cosmonaut Tea&#8221; from the trailer was"
            " cut from the film. Stop looking for it.",
        ],
        video="vimeo:126093348",
        film=("Low Orbit Lullaby", 2015),
        tracks=["Satellite Kid", "Carrier Wave"],
        people=[
            ("Satellite Kid", "Sleepwalker Telemetry", "performer"),
            ("Satellite Kid", "Ana Ruiz-Okafor", "composer"),
            ("Carrier Wave", "Sleepwalker Telemetry", "performer"),
            ("Carrier Wave", "Ana Ruiz-Okafor", "composer"),
        ],
        albums=["Low Orbit Lullaby (Original Soundtrack)"],
        places=["Very Large Array", "Trona Pinnacles"],
        stood=[
            ("Very Large Array", "a Martian listening station"),
            ("Trona Pinnacles", "the surface of Mars"),
        ],
    ),
    # 16. Music-theory blog on cutting to the beat.
    post(
        "fast-hands-slow-heart-cut-to-beat-ac",
        "hugo",
        "Cutting on the One: A Tempo Map of the Dance Montage in Fast Hands, Slow Heart",
        [
            "I've been building tempo maps of famous montages, marking every cut against"
            " the bar lines. This one is from <em>Fast Hands, Slow Heart</em> (1998), and"
            " it's the most metrically disciplined montage I've analysed so far.",
            "The track is &#8220;Hold It... Now Drop&#8221;, credited to the producer-DJ"
            " Kalani Brooks and sitting at a steady 128 BPM. Brooks co-wrote it with the"
            " singer Ruth Osei, and hers is the voice you hear on the drop.",
            "H: The numbers",
            "LIST: 64 bars, 41 cuts | 38 of the 41 cuts land on a downbeat | the three"
            " that don't all land on the vocal hook",
            "H: Outside the film",
            "The single was huge in Britain (a number three hit, later platinum with the"
            " BPI) and middling in America, where it stalled at 41 on the Hot 100.",
            "The club scenes were shot at the Brixton Academy in London, which plays a"
            " Berlin warehouse rave.",
            "Next up: a heist montage. Send requests.",
        ],
        video="yt:c4HnT0mPqe8",
        film=("Fast Hands, Slow Heart", 1998),
        tracks=["Hold It... Now Drop"],
        people=[
            ("Hold It... Now Drop", "Kalani Brooks", "performer"),
            ("Hold It... Now Drop", "Kalani Brooks", "composer"),
            ("Hold It... Now Drop", "Ruth Osei", "performer"),
            ("Hold It... Now Drop", "Ruth Osei", "composer"),
        ],
        peaks=[
            ("Hold It... Now Drop", 3, "uk_singles"),
            ("Hold It... Now Drop", 41, "billboard_hot_100"),
        ],
        certs=[("Hold It... Now Drop", "platinum", 1, "bpi")],
        places=["Brixton Academy"],
        stood=[("Brixton Academy", "a Berlin warehouse rave")],
    ),
    # 17. Film podcast show notes.
    post(
        "marigold-heist-podcast-notes-ac",
        "jekyll",
        "Episode 112 Show Notes: The Marigold Heist (1972)",
        [
            "This week on the podcast, Pete and I finally tackle <em>The Marigold"
            " Heist</em>, the 1972 caper that gave the world the mountain-driving montage"
            " every car advert has been copying ever since. The clip is at the bottom.",
            "H: Timestamps",
            "LIST: 00:00 &#8211; intro, Pete's car trouble | 04:12 &#8211; the plot, such"
            " as it is | 19:40 &#8211; the montage, shot by shot | 41:05 &#8211; the"
            " music | 58:30 &#8211; listener mail",
            "H: Locations we discuss",
            "The seafront is the Promenade des Anglais in Nice, doubling for Monte Carlo"
            " because the production couldn't get permits in Monaco. The hairpins are the"
            " Col de Turini, up in the Alps behind Nice.",
            "H: Music we discuss",
            "&#8220;Getaway in C Minor&#8221; is an instrumental by the Sandra Fulbright"
            " Orchestra, composed by Fulbright herself &#8212; it's the bit with the"
            " harpsichord. The vocal number after it, &#8220;Marigold&#8221;, is sung by"
            " Lou Tennant; Fulbright wrote the music and Peggy Aronsohn the lyrics. That"
            " one got to number 13 in the UK, and Pete insists it should have been number"
            " one.",
            "Both pieces came out on the soundtrack LP, also called <em>The Marigold"
            " Heist</em>, which is confusing, we know.",
            "Listener mail: no, &#8220;Riviera Blues&#8221; is not in this film. It's in"
            " the sequel. Please stop emailing Pete.",
        ],
        video="yt:mG2sV7uQ0kD",
        film=("The Marigold Heist", 1972),
        tracks=["Getaway in C Minor", "Marigold"],
        people=[
            ("Getaway in C Minor", "Sandra Fulbright Orchestra", "performer"),
            ("Getaway in C Minor", "Sandra Fulbright", "composer"),
            ("Marigold", "Lou Tennant", "performer"),
            ("Marigold", "Sandra Fulbright", "composer"),
            ("Marigold", "Peggy Aronsohn", "composer"),
        ],
        albums=["The Marigold Heist"],
        peaks=[("Marigold", 13, "uk_singles")],
        places=["Promenade des Anglais", "Col de Turini"],
        stood=[("Promenade des Anglais", "Monte Carlo")],
    ),
    # 18. Dance-film fan, short and opinionated.
    post(
        "floorboards-final-rehearsal-montage-ac",
        "jekyll",
        "Floorboards Has the Best Rehearsal Montage of the 2000s",
        [
            "I will not be taking questions. The final-rehearsal montage in"
            " <em>Floorboards</em> (2006) is the best dance montage of the decade, and"
            " here's why.",
            "It's set to &#8220;Heel Toe Heartbeat&#8221; by Tamsin Oduya featuring Rico"
            " Vale. The two of them wrote it together with their producer, Marcus Leng,"
            " in (legend says) one afternoon.",
            "It was everywhere that summer: number eight on the Billboard Hot 100,"
            " platinum by the following spring. The soundtrack album went gold as well,"
            " both certified by the RIAA.",
            "The warehouse where they rehearse is in Detroit's Eastern Market, standing in"
            " for Chicago's South Side. You can still see the painted murals behind"
            " Tamsin in the wide shot.",
            "Fight me in the comments.",
        ],
        video="vimeo:88812094",
        film=("Floorboards", 2006),
        tracks=["Heel Toe Heartbeat"],
        people=[
            ("Heel Toe Heartbeat", "Tamsin Oduya", "performer"),
            ("Heel Toe Heartbeat", "Tamsin Oduya", "composer"),
            ("Heel Toe Heartbeat", "Rico Vale", "performer"),
            ("Heel Toe Heartbeat", "Rico Vale", "composer"),
            ("Heel Toe Heartbeat", "Marcus Leng", "composer"),
        ],
        albums=["Floorboards soundtrack"],
        peaks=[("Heel Toe Heartbeat", 8, "billboard_hot_100")],
        certs=[
            ("Heel Toe Heartbeat", "platinum", 1, "riaa"),
            ("Floorboards soundtrack", "gold", 1, "riaa"),
        ],
        places=["Eastern Market"],
        stood=[("Eastern Market", "Chicago's South Side")],
    ),
    # 19. Old hand-made personal film page.
    post(
        "kite-season-beach-montage-ac",
        "handmade",
        "My Favourite Montage Ever: Kite Season",
        [
            "Welcome to my page! This is where I write about films I love. Today it is"
            " <i>Kite Season</i> from 1986, which I taped off the telly and watched until"
            " the tape snapped.",
            "The montage is when Maggie and her grandad build the big red kite and fly it"
            " on the beach. It is supposed to be Cornwall but it was really filmed on"
            " Bondi Beach in Sydney, you can tell because of the surfers!!",
            "The song is Higher Kites by Bernadette Oakes. She wrote it with Lionel"
            " Fraser-Pike. Here is how it did in the charts:",
            '<table border="1" cellpadding="4"><tr><th>Chart</th><th>Peak</th></tr>'
            "<tr><td>UK Singles Chart</td><td>6</td></tr>"
            "<tr><td>Australia (Kent Music Report)</td><td>2</td></tr>"
            "<tr><td>Canada (RPM)</td><td>19</td></tr>"
            "<tr><td>US Billboard Hot 100</td><td>did not chart</td></tr></table>",
            "It went platinum in Australia (ARIA) which is brilliant for a song about"
            " kites.",
            "My mum says Bernadette Oakes is from Bristol like us but I don't know if"
            " that's true.",
        ],
        video="yt:k1T3eBdRaX8",
        film=("Kite Season", 1986),
        tracks=["Higher Kites"],
        people=[
            ("Higher Kites", "Bernadette Oakes", "performer"),
            ("Higher Kites", "Bernadette Oakes", "composer"),
            ("Higher Kites", "Lionel Fraser-Pike", "composer"),
        ],
        peaks=[
            ("Higher Kites", 6, "uk_singles"),
            ("Higher Kites", 2, "australia_kent"),
            ("Higher Kites", 19, "canada_rpm"),
        ],
        certs=[("Higher Kites", "platinum", 1, "aria")],
        places=["Bondi Beach"],
        stood=[("Bondi Beach", "Cornwall")],
    ),
    # 20. Unofficial band fan page.
    post(
        "lighthouse-keepers-radio-wintering-wrens-ac",
        "handmade",
        "The Wintering Wrens in The Lighthouse Keeper's Radio (1994)",
        [
            "WELCOME to the unofficial Wintering Wrens fan page. Last updated whenever I"
            " remember.",
            "Lots of you have emailed about the film, so here is everything I know. In"
            " 1994 The Wintering Wrens had a song in a film called <i>The Lighthouse Keeper's"
            " Radio</i>. The song is &quot;Signal Fire&quot; and it plays over the storm"
            " montage where the keeper is trying to get the radio working.",
            "Gil Stavros and Morwenna Pascoe wrote it (Gil did the tune, Morwenna the"
            " words, same as always).",
            "It's from the album Tide Tables, which got to number 18 on the UK albums"
            " chart and went silver (BPI). The single itself didn't chart, sadly.",
            "The lighthouse in the film is Godrevy Lighthouse, playing a lighthouse off"
            " Nova Scotia. The band are from Penzance, just down the road, so Morwenna"
            " says they went and watched the filming one day.",
            "LIST: Things I own: the single on CD | the album on tape | a poster signed"
            " by all four Wrens",
        ],
        video="vimeo:37720415",
        film=("The Lighthouse Keeper's Radio", 1994),
        tracks=["Signal Fire"],
        people=[
            ("Signal Fire", "The Wintering Wrens", "performer"),
            ("Signal Fire", "Gil Stavros", "composer"),
            ("Signal Fire", "Morwenna Pascoe", "composer"),
        ],
        albums=["Tide Tables"],
        peaks=[("Tide Tables", 18, "uk_albums")],
        certs=[("Tide Tables", "silver", 1, "bpi")],
        places=["Godrevy Lighthouse"],
        stood=[("Godrevy Lighthouse", "a lighthouse off Nova Scotia")],
    ),
]
