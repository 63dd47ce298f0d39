"""Twenty fresh corpus posts (set B), written by a third writer who never saw the importer.

Invented films (1975-1995), songs, people, bands and labels; the filming places are
real. Each post is annotated by hand following ANNOTATING.md.
"""

from .spec import post

POSTS = [
    post(
        "salt-flat-engines-b",
        "wp_classic",
        "Salt Flat Engines (1983): the desert, the dragsters and that chorus",
        [
            "I rewatched <em>Salt Flat Engines</em> last weekend, mostly because my"
            " brother-in-law would not stop quoting it at Thanksgiving, and reader, it"
            " holds up. Sort of. Walt Brenner directed it in 1983 from a script that had"
            " been kicking around the studio since 1979, and you can feel both of those"
            " years in it: half the movie wants to be a seventies road picture, the other"
            " half wants to sell you a soundtrack.",
            "The story is set in a made-up Nevada town called Carver Springs, where"
            " Joanna Reyes (Cassie Trent, never better) rebuilds her late father's"
            " streamliner to have one more go at a land-speed record. None of it was shot"
            " in Nevada. The production set up on the Bonneville Salt Flats, and that"
            " white nothing is the best special effect in the picture; in the night"
            " sequences the salt even played the surface of the moon, for a dream scene"
            " that makes no sense and that I adore.",
            "Cast and crew bunked in Wendover, Utah, for most of that August, and the"
            " diner where Joanna screams at her mechanic is a real one on the main drag"
            " there: they shot it over two nights with the regulars still eating pie in"
            " the back booths.",
            "H: The song",
            "Now, the song. &#8220;Burn the Horizon&#8221; plays over the opening"
            " credits and again, in a slower mix, over the final run. It was performed"
            " by the band Copper Wire Saints, a bar act out of Tulsa who had been grinding"
            " away since 1976, and it was written by their lead singer Dale Ormsby with"
            " keyboardist Lena Vik. Ormsby grew up in Oklahoma City, which he will tell"
            " you in every single interview.",
            "The single made it to number six on the Billboard Hot 100 that summer and"
            " topped the Mainstream Rock chart for two weeks, which is about as good as a"
            " band like that was ever going to do. Their follow-up, &#8220;Gasoline"
            " Psalm&#8221;, went nowhere, and it isn't in the film anyway.",
            "The soundtrack, <em>Salt Flat Engines: Music from the Motion Picture</em>,"
            " came out on Halyard Records in June 1983, a month ahead of the film. Besides"
            " the Saints it has a few forgettable synth cues by the film's composer, Ray"
            " Tolland, and a cover nobody asked for. The RIAA has since certified the"
            " album 3&#215; Platinum, which tells you everything about 1983.",
            "Is it a good film? No. Is it a good three minutes and forty seconds?"
            " Absolutely. The clip above cuts the final run to the full single, and it's"
            " the version I'd show anyone.",
        ],
        video="yt:kP3v9XwQ_2s",
        film=("Salt Flat Engines", 1983),
        tracks=["Burn the Horizon"],
        people=[
            ("Burn the Horizon", "Copper Wire Saints", "performer"),
            ("Burn the Horizon", "Dale Ormsby", "composer"),
            ("Burn the Horizon", "Lena Vik", "composer"),
        ],
        albums=["Salt Flat Engines: Music from the Motion Picture"],
        peaks=[
            ("Burn the Horizon", 6, "billboard_hot_100"),
            ("Burn the Horizon", 1, "billboard_mainstream_rock"),
        ],
        certs=[
            ("Salt Flat Engines: Music from the Motion Picture", "platinum", 3, "riaa"),
        ],
        places=["Bonneville Salt Flats", "Wendover"],
        stood=[("Bonneville Salt Flats", "the surface of the moon")],
    ),
    post(
        "harbour-lights-down-b",
        "handmade",
        "Harbour Lights Down - my memories",
        [
            "OK so somebody on the old message board asked me about Harbour Lights Down"
            " and I said I would write it up properly, so here goes. I saw it at the"
            " Paramount in Halifax in the fall of 1987 with my cousin Denise and we both"
            " cried like babies. It's a small movie, a fishing family drama, directed by"
            " Colm Avery, with Ruth Ellery as the mother. Nobody remembers it now except"
            " us Maritimes people.",
            "Here is the thing everybody gets wrong: the story is supposed to be in"
            " Boston, but it was filmed in St. John's, Newfoundland. St. John's doubled for"
            " Boston the whole way through, and if you know the city you will laugh at the"
            " 'Boston' harbour with all the coloured houses behind it. My uncle was an"
            " extra for two days down by the docks and you can see the back of his head"
            " in the fight scene.",
            "The very last scene, with the lighthouse and the fog, was shot out at Cape"
            " Spear, which is about twenty minutes from town. Ruth Ellery apparently"
            " nearly got blown off the rocks.",
            'THE SONG!!! "(Don\'t) Wake the Harbour" (they spelled it the Canadian way'
            " on the record). It was sung by Marisa Quell and Tom Aberdeen as a duet, and"
            " penned by Hal Duquesne, who I think was from Moncton but don't quote me on"
            " that.",
            "It was all over the radio that winter. It got to #12 on the RPM chart, which"
            " for a song off a movie nobody saw is pretty good, and Music Canada gave it a"
            " gold record (it was still called CRIA back then, my husband reminds me).",
            "There was never a soundtrack album as far as I know, just the 45 with an"
            " instrumental on the B-side. If anybody has the B-side on tape PLEASE email"
            " me.",
            "Anyway here is the clip somebody uploaded. The quality is awful but it's the"
            " ending with the song over it. Bring tissues.",
        ],
        video="yt:Hb7-LmQ2rTz",
        film=("Harbour Lights Down", 1987),
        tracks=["(Don't) Wake the Harbour"],
        people=[
            ("(Don't) Wake the Harbour", "Marisa Quell", "performer"),
            ("(Don't) Wake the Harbour", "Tom Aberdeen", "performer"),
            ("(Don't) Wake the Harbour", "Hal Duquesne", "composer"),
        ],
        peaks=[("(Don't) Wake the Harbour", 12, "canada_rpm")],
        certs=[("(Don't) Wake the Harbour", "gold", 1, "music_canada")],
        places=["St. John's", "Cape Spear"],
        stood=[("St. John's", "Boston")],
    ),
    post(
        "velvet-interstate-b",
        "medium",
        "Velvet Interstate and the sound of the late-seventies highway",
        [
            "There is a particular sound that American film soundtracks made in the last"
            " eighteen months of the 1970s, a kind of expensive melancholy, all Rhodes"
            " piano and brushed snare, and <em>Velvet Interstate</em> (1979) may be its"
            " purest specimen. Hank Leland's film, a slight trucker romance starring Barry"
            " Colt and Annie Sorrell, is mostly forgotten. Its music is not.",
            "The finest thing in it is &#8220;Mile Marker Blue,&#8221; which plays twice:"
            " under the title sequence, and over the last long shot of tail lights"
            " dissolving into rain. It was written by Gil Harmon, Suzy Pratt and Leon"
            " Ochs, and performed by Orchard Lane, a Laurel Canyon quintet for whom this"
            " turned out to be the only real hit. Harmon's guitar figure does most of the"
            " work; Pratt's lyric, about distances measured in radio stations, does the"
            " rest.",
            "The record rose to No. 9 on the Hot 100 that December and lingered on"
            " Billboard's Adult Contemporary chart well into the new year, peaking there"
            " at number two.",
            "The second song is a stranger, better piece of work. &#8220;Night Shift"
            " Radio&#8221; has music by Paul Reddy and lyrics by Jo Ann Marsh, and it is"
            " sung by Corinne Slate in a register just south of a whisper. Slate already"
            " had a career by then; her &#8220;Paper Roses Burning&#8221; had been a No. 3"
            " hit two summers earlier, and the studio plainly hoped for lightning twice."
            " It did not come: the tune stalled at No. 41 on the Hot 100.",
            "Neither song found its way onto an album with a title of its own. The"
            " soundtrack simply appeared on Lantern Records in October of nineteen"
            " seventy-nine, a photograph of a wet highway on the sleeve and the film's"
            " name in small type, and it charted at 37 on the Billboard 200. Find it on"
            " vinyl if you can; the CD reissue compresses the piano into a smear.",
            "The press notes made a great fuss about the film's authentic interstate"
            " footage, yet I have never found out where any of it was shot, and the film"
            " is coy about where it is set, beyond a sign for Kansas City that drifts past"
            " twice.",
            "If you only hear one of the two, hear &#8220;Mile Marker Blue&#8221; as it"
            " plays in the film, under the engine noise. The clip has it.",
        ],
        video="vimeo:41877203",
        film=("Velvet Interstate", 1979),
        tracks=["Mile Marker Blue", "Night Shift Radio"],
        people=[
            ("Mile Marker Blue", "Gil Harmon", "composer"),
            ("Mile Marker Blue", "Suzy Pratt", "composer"),
            ("Mile Marker Blue", "Leon Ochs", "composer"),
            ("Mile Marker Blue", "Orchard Lane", "performer"),
            ("Night Shift Radio", "Paul Reddy", "composer"),
            ("Night Shift Radio", "Jo Ann Marsh", "composer"),
            ("Night Shift Radio", "Corinne Slate", "performer"),
        ],
        albums=["Velvet Interstate soundtrack"],
        peaks=[
            ("Mile Marker Blue", 9, "billboard_hot_100"),
            ("Mile Marker Blue", 2, "billboard_adult_contemporary"),
            ("Night Shift Radio", 41, "billboard_hot_100"),
            ("Velvet Interstate soundtrack", 37, "billboard_200"),
        ],
    ),
    post(
        "cold-front-kids-b",
        "gutenberg",
        "Five things you didn't know about Cold Front Kids (1985)",
        [
            "<em>Cold Front Kids</em> turned thirty-five this winter, so here is a short"
            " list of things I learned rewatching it with the director's commentary on."
            " Lorna Kelsey directed, the Berman brothers produced, and nobody expected a"
            " hockey comedy about a team of paperboys to make a dime.",
            "H: 1. It was not shot where it is set",
            "The film says it's Green Bay, Wisconsin. It isn't. The locations were:",
            "LIST: Duluth, Minnesota, which plays Green Bay from start to finish"
            " | the Duluth Entertainment Convention Center, for every hockey game"
            " | Two Harbors, Minnesota, for the ice-fishing shack",
            "H: 2. The theme song was a British hit first",
            "&#8220;Snow Day Anthem&#8221; was performed by The Hallorans, four brothers"
            " from Leeds; Kevin Halloran, Liam Halloran and Sean Halloran wrote it in an"
            " afternoon, according to Kelsey, while the fourth brother was out buying"
            " strings. The single went to No. 4 on the UK Singles Chart in January 1985,"
            " weeks before the film opened in America, and earned a silver disc from the"
            " BPI.",
            "H: 3. The soundtrack outsold the film",
            "There was no clever album title, just the poster on the sleeve. The LP"
            " peaked at No. 15 on the Billboard 200 and was eventually certified 3x"
            " platinum by the RIAA, which is three times as many people as saw the movie"
            " in theaters.",
            "H: 4. The goalie was real",
            "Danny Mertz, who plays the goalie, was an actual junior goalie from Thunder"
            " Bay who never acted again. And yes (5.), that is him in the clip, letting in"
            " the winning goal on purpose.",
        ],
        video="yt:Zq8fN1cWd4E",
        film=("Cold Front Kids", 1985),
        tracks=["Snow Day Anthem"],
        people=[
            ("Snow Day Anthem", "The Hallorans", "performer"),
            ("Snow Day Anthem", "Kevin Halloran", "composer"),
            ("Snow Day Anthem", "Liam Halloran", "composer"),
            ("Snow Day Anthem", "Sean Halloran", "composer"),
        ],
        albums=["Cold Front Kids soundtrack"],
        peaks=[
            ("Snow Day Anthem", 4, "uk_singles"),
            ("Cold Front Kids soundtrack", 15, "billboard_200"),
        ],
        certs=[
            ("Snow Day Anthem", "silver", 1, "bpi"),
            ("Cold Front Kids soundtrack", "platinum", 3, "riaa"),
        ],
        places=["Duluth", "Duluth Entertainment Convention Center", "Two Harbors"],
        stood=[("Duluth", "Green Bay")],
    ),
    post(
        "deep-blue-wing-b",
        "ghost",
        "Deep Blue Wing: jets, sunsets and a power ballad",
        [
            "Every studio in 1986 wanted a jet movie, and <em>Deep Blue Wing</em> was"
            " Paragon Pictures' answer: directed by Stu Halvorsen, starring Brad Keener as"
            " a hotshot pilot with, naturally, a dead father and a motorbike. It opened in"
            " the autumn of 1986 and had more or less vanished by Christmas.",
            "The story is set at a fictional air station in Virginia. What the"
            " production had going for it was access: the Navy let the crew film the"
            " training sequences at Naval Air Station Fallon, and the bombing ranges out"
            " there doubled for an unnamed Middle Eastern country in the climax. The"
            " carrier scenes were shot aboard the USS Ranger during a fortnight off the"
            " California coast, and they are still gorgeous.",
            "The picture opens on the flight deck at dawn, and then the song kicks in.",
            "H: Afterburner Heart",
            "&#8220;Afterburner Heart&#8221; is sung by Rex Calloway, who had spent the"
            " early eighties singing backup for half of Los Angeles. Calloway wrote it"
            " with Denise Farr, a staff writer at his publisher, and the production (by"
            " the ubiquitous Teddy Marsh) is all gated drums and chorus pedal.",
            "It spent three weeks at No. 2 on the Billboard Hot 100, kept off the top by"
            " something I genuinely cannot remember, and was a No. 5 hit on the UK"
            " Singles Chart. In Australia it did even better and topped the Kent Music"
            " Report for a month.",
            "The single went gold in the US, certified by the RIAA in January 1987, and"
            " ARIA certified it platinum down under.",
            "There was a soundtrack album too, on Calloway's label, but it's him plus"
            " nine songs by bands the label was trying to break, and you can skip it.",
        ],
        video="yt:r2XoP-7hUaK",
        film=("Deep Blue Wing", 1986),
        tracks=["Afterburner Heart"],
        people=[
            ("Afterburner Heart", "Rex Calloway", "performer"),
            ("Afterburner Heart", "Rex Calloway", "composer"),
            ("Afterburner Heart", "Denise Farr", "composer"),
        ],
        albums=["Deep Blue Wing soundtrack"],
        peaks=[
            ("Afterburner Heart", 2, "billboard_hot_100"),
            ("Afterburner Heart", 5, "uk_singles"),
            ("Afterburner Heart", 1, "australia_kent"),
        ],
        certs=[
            ("Afterburner Heart", "gold", 1, "riaa"),
            ("Afterburner Heart", "platinum", 1, "aria"),
        ],
        places=["Naval Air Station Fallon", "USS Ranger"],
        stood=[("Naval Air Station Fallon", "an unnamed Middle Eastern country")],
    ),
    post(
        "crescent-city-waltz-b",
        "substack",
        "Crescent City Waltz, thirty years on",
        [
            "Hello again, everyone. This week's rewatch is one a reader, Margot in Lyon,"
            " requested months ago: <em>Crescent City Waltz</em>, the 1991 period romance"
            " that nobody in my family will admit to having seen three times at the"
            " cinema.",
            "It's set in 1920s Havana, or claims to be. Cuba was off-limits to an"
            " American production at the time, so the French Quarter in New Orleans"
            " dressed up as Havana, with potted palms on every balcony and a fleet of"
            " borrowed Packards. The harbour scenes were filmed in Mobile, Alabama, which"
            " is a funny thing to learn about a film this in love with the sea.",
            "The director, Paul Arceneaux, was born a few streets from Jackson Square and"
            " cast his own neighbours as extras, which explains why every crowd scene"
            " looks like it is having a much better time than the leads.",
            "H: The song everybody remembers",
            'That would be "Slow Down... Carolina", which the heroine dances to in the'
            " rain. Augie Delacroix wrote the music, Nell Simmons the words, and it is"
            " sung by Lula Mae Tremont, who was nineteen at the time and never made"
            " another record that I can find.",
            "It was a sleeper. Half a year after the film closed, the song was a No. 7"
            " hit on the Kent Music Report in Australia, thanks to a soap opera that used"
            " it in a wedding episode, and ARIA certified it gold. At home it only"
            " charted at 58 on the Hot 100.",
            "The soundtrack, <em>Crescent City Waltz: Songs and Dances</em>, came out on"
            " Levee Records in March 1991, padded with old-time jazz recorded for the"
            " ballroom scenes.",
            "See you next week. Here's the rain scene.",
        ],
        video="yt:M9tQw3Ls0Bv",
        film=("Crescent City Waltz", 1991),
        tracks=["Slow Down... Carolina"],
        people=[
            ("Slow Down... Carolina", "Augie Delacroix", "composer"),
            ("Slow Down... Carolina", "Nell Simmons", "composer"),
            ("Slow Down... Carolina", "Lula Mae Tremont", "performer"),
        ],
        albums=["Crescent City Waltz: Songs and Dances"],
        peaks=[
            ("Slow Down... Carolina", 7, "australia_kent"),
            ("Slow Down... Carolina", 58, "billboard_hot_100"),
        ],
        certs=[("Slow Down... Carolina", "gold", 1, "aria")],
        places=["French Quarter", "Mobile"],
        stood=[("French Quarter", "Havana")],
    ),
    post(
        "coal-town-saturday-b",
        "blogger",
        "Coal Town Saturday (1982)",
        [
            "Some movies you only ever saw on a Saturday afternoon on channel 17, and for"
            " me Coal Town Saturday is the king of them. It's a 1982 teen drama directed"
            " by Marty Fiore about three high-school seniors in a mining town the week"
            " before graduation, and it has the best soundtrack of any movie nobody ever"
            " rented.",
            "It was shot in Wilkes-Barre, Pennsylvania, in the spring of 1981, and if you"
            " grew up anywhere in the Wyoming Valley you will recognise half the town."
            " The strip-mine scenes were done outside Hazleton, and the mine itself is"
            " about as scary as anything in a horror film.",
            "The song that plays when Denny finally drives off at the end is"
            ' "Anthracite Girl". It was performed by the band Shale Road, and penned by'
            " their singer, Rick Pavlak, in about ten minutes according to a fanzine"
            " interview I read once.",
            "It made it to number twenty-three on the Billboard Hot 100, which is not"
            " huge, but it was a top ten hit on every rock station in the Northeast.",
            'The other one is "Nobody\'s Fool Tonight", the slow dance at the prom,'
            " sung by Terri Vance and Mike Oakes. Terri was from Scranton and later sang"
            " on about a million commercials.",
            "The album, <i>Saturday Night in Coal Country</i>, came out on Keystone"
            " Sound in May 1982, and it's the one thing about this movie that made money:"
            " the LP went gold with the RIAA that fall.",
            "Here's the ending, with the song. Somebody taped it off TV in 1988 so ignore"
            " the ads.",
        ],
        video="yt:eJ4nR8yVx_1",
        film=("Coal Town Saturday", 1982),
        tracks=["Anthracite Girl", "Nobody's Fool Tonight"],
        people=[
            ("Anthracite Girl", "Shale Road", "performer"),
            ("Anthracite Girl", "Rick Pavlak", "composer"),
            ("Nobody's Fool Tonight", "Terri Vance", "performer"),
            ("Nobody's Fool Tonight", "Mike Oakes", "performer"),
        ],
        albums=["Saturday Night in Coal Country"],
        peaks=[("Anthracite Girl", 23, "billboard_hot_100")],
        certs=[("Saturday Night in Coal Country", "gold", 1, "riaa")],
        places=["Wilkes-Barre", "Hazleton"],
    ),
    post(
        "concrete-garden-b",
        "squarespace",
        "Concrete Garden: Berlin before the fall",
        [
            "<em>Concrete Garden</em> (1988) is an odd, lovely thing: an American spy"
            " drama made almost entirely with a West German crew, directed by Helmut Varga"
            " and starring Claire Donnelly as a translator who falls for the wrong"
            " defector. The story takes place on both sides of the Wall, which was a"
            " problem, because the production could only film on one of them.",
            "So Berlin's Kreuzberg district played East Berlin, with grey paint slapped"
            " on the facades and a borrowed Trabant in every other shot. The checkpoint"
            " scenes were staged at Tempelhof Airport, then still an American air base,"
            " where the art department built a border crossing on the apron.",
            "The theme, &#8220;Glass Between Us,&#8221; was performed by Neon Kaserne, a"
            " Düsseldorf trio, and written by Katrin Weiss and Jörg Adler. It is an"
            " astonishing record, all cold arpeggios and a vocal that sounds as if it had"
            " been recorded through a wall.",
            "It went to number three on the Media Control chart in West Germany and was"
            " certified platinum by the BVMI.",
            "It crossed over, too. The song reached No. 19 in the UK singles chart and"
            " spent a week at No. 8 on the Dutch Top 40.",
            "There was no soundtrack album; the single was all there was, and it is"
            " still all you need.",
            "Varga went on to make television, most of it forgettable. This one isn't.",
        ],
        video="vimeo:287650114",
        film=("Concrete Garden", 1988),
        tracks=["Glass Between Us"],
        people=[
            ("Glass Between Us", "Neon Kaserne", "performer"),
            ("Glass Between Us", "Katrin Weiss", "composer"),
            ("Glass Between Us", "Jörg Adler", "composer"),
        ],
        peaks=[
            ("Glass Between Us", 3, "germany_media_control"),
            ("Glass Between Us", 19, "uk_singles"),
            ("Glass Between Us", 8, "other:Dutch Top 40"),
        ],
        certs=[("Glass Between Us", "platinum", 1, "bvmi")],
        places=["Kreuzberg", "Tempelhof Airport"],
        stood=[("Kreuzberg", "East Berlin")],
    ),
    post(
        "riviera-static-b",
        "hugo",
        "Riviera Static (1980): a heist film in sunglasses",
        [
            "<em>Riviera Static</em> is the kind of heist movie in which nobody is ever"
            " in a hurry. Directed by Jean-Marc Olin, with Guy Lambert and an American,"
            " Ellen Shaw, as the two thieves, it came out in France in the summer of 1980"
            " and in the States, twelve minutes shorter, the following spring.",
            "H: Where they shot it",
            "The film is supposedly set in Monaco, but the principality would not let"
            " anybody stage a robbery on its streets. Nice doubled for Monte Carlo, the"
            " villa where the jewels are kept is on Cap d'Antibes, behind a hedge that"
            " turns up in roughly every French film of the decade, and the car chase was"
            " filmed on the corniche roads above Èze.",
            "H: The song",
            "The hook of the soundtrack is &#171;Postcard from Nowhere&#187;, a breathy"
            " duet sung by Ellen Shaw herself and the singer Luc Ferrant. Music by Michel"
            " Aubry, lyrics by Sandrine Tissot, and a bassline that was sampled, badly, by"
            " at least three dance records in the nineties.",
            "In France the single was everywhere that August, and SNEP certified it"
            " platinum.",
            "The album, <em>Riviera Static (Bande originale du film)</em>, was released"
            " by Disques Soleil in July 1980; the soundtrack itself went gold with the"
            " SNEP a few months later.",
            "Is it good? It's beautiful, which isn't the same thing. The trailer gives you"
            " the flavour.",
        ],
        video="yt:Pf0aTk5Wn3G",
        film=("Riviera Static", 1980),
        tracks=["Postcard from Nowhere"],
        people=[
            ("Postcard from Nowhere", "Ellen Shaw", "performer"),
            ("Postcard from Nowhere", "Luc Ferrant", "performer"),
            ("Postcard from Nowhere", "Michel Aubry", "composer"),
            ("Postcard from Nowhere", "Sandrine Tissot", "composer"),
        ],
        albums=["Riviera Static (Bande originale du film)"],
        certs=[
            ("Postcard from Nowhere", "platinum", 1, "snep"),
            ("Riviera Static (Bande originale du film)", "gold", 1, "snep"),
        ],
        places=["Nice", "Cap d'Antibes", "Èze"],
        stood=[("Nice", "Monte Carlo")],
    ),
    post(
        "low-tide-letters-b",
        "jekyll",
        "Low Tide Letters and the summer of soft rock",
        [
            "Quick one this week. <em>Low Tide Letters</em> (1978) is a sweet, sleepy"
            " drama about a widowed lighthouse keeper (Frank Dell) and the pen-pal who"
            " turns up on his doorstep one September. Ann Corrigan directed, her husband"
            " Lou produced, and I have a soft spot for it.",
            "It's set in Maine, on a made-up island. Martha's Vineyard played Gull"
            " Island, and the ferry scenes were shot at Woods Hole, Massachusetts, on the"
            " real boat, with real grumpy passengers.",
            "The song is &#8220;Letters in the Sand&#8221;. Judith Crane, Ben Mayhew and"
            " Ollie Strand wrote it, and Crane sings it over the opening and closing"
            " credits.",
            "It spent four weeks at number one on the Adult Contemporary chart and made"
            " it to number fourteen on the Hot 100.",
            "Crane's next single, &#8220;Harbor Moon&#8221;, did better on the Hot 100"
            " but has nothing to do with this film.",
            "No soundtrack album ever came out; most people know the song from Crane's"
            " 1981 greatest-hits record. Clip below.",
        ],
        video="vimeo:93340517",
        film=("Low Tide Letters", 1978),
        tracks=["Letters in the Sand"],
        people=[
            ("Letters in the Sand", "Judith Crane", "composer"),
            ("Letters in the Sand", "Ben Mayhew", "composer"),
            ("Letters in the Sand", "Ollie Strand", "composer"),
            ("Letters in the Sand", "Judith Crane", "performer"),
        ],
        peaks=[
            ("Letters in the Sand", 1, "billboard_adult_contemporary"),
            ("Letters in the Sand", 14, "billboard_hot_100"),
        ],
        places=["Martha's Vineyard", "Woods Hole"],
        stood=[("Martha's Vineyard", "Gull Island")],
    ),
    post(
        "frost-line-b",
        "wp_classic",
        "Frost Line: Winnipeg in a fedora",
        [
            "Let's talk about <em>Frost Line</em>, the 1990 gangster picture that"
            " everybody in Manitoba has seen and nobody south of the border has. Director"
            " Neil Sawatsky, who grew up in Steinbach, made it for about four million"
            " Canadian dollars, and it looks like twenty.",
            "The film is set in Chicago in 1931. Winnipeg's Exchange District played"
            " 1930s Chicago, and honestly it does a better job than Chicago could have:"
            " those warehouses and bank fronts have barely changed since the twenties."
            " The train-station shootout was filmed at Winnipeg's Union Station, and the"
            " frozen-lake finale out on the ice at Gimli, Manitoba, in February, at minus"
            " thirty-five.",
            "H: The music",
            "Glenna Fox sings &#8220;Prairie Wire&#8221; over the titles, and she sings"
            " it like she means to freeze you solid. The song was penned by Walt Kinnear,"
            " a session guitarist from Regina, and it is the only torch song I know that"
            " mentions a grain elevator.",
            "It went to No. 3 on the RPM singles chart in the spring of 1990, and Music"
            " Canada certified it double platinum.",
            "The album followed in April of nineteen ninety on Aurora North Records,"
            " under the unimaginative title <em>Frost Line: Original Soundtrack</em>, and"
            " it charted at No. 11 on RPM's album chart.",
            "Sawatsky never made another feature, which is a crime. The clip is the"
            " opening titles.",
        ],
        video="yt:Uc6H-2dYpQs",
        film=("Frost Line", 1990),
        tracks=["Prairie Wire"],
        people=[
            ("Prairie Wire", "Glenna Fox", "performer"),
            ("Prairie Wire", "Walt Kinnear", "composer"),
        ],
        albums=["Frost Line: Original Soundtrack"],
        peaks=[
            ("Prairie Wire", 3, "canada_rpm"),
            ("Frost Line: Original Soundtrack", 11, "canada_rpm"),
        ],
        certs=[("Prairie Wire", "platinum", 2, "music_canada")],
        places=["Exchange District", "Union Station", "Gimli"],
        stood=[("Exchange District", "1930s Chicago")],
    ),
    post(
        "neon-requiem-b",
        "medium",
        "Neon Requiem: the record that outlived its film",
        [
            "Nobody, I suspect, has sat through <em>Neon Requiem</em> from start to"
            " finish since 1985. Carl Dworsky's 1984 cyberpunk thriller is ninety-four"
            " minutes of rain and exposition, and its star, Mara Quist, looks as if she"
            " would rather be anywhere else. The record is another matter.",
            "The album, <em>Neon Requiem (Original Soundtrack)</em>, is really two"
            " records glued together. Side two is the score, by the Swedish composer"
            " Anders Holm: long, chilly, occasionally beautiful. Side one is songs, and"
            " that is where the interest lies.",
            "The best of them is &#8220;Glass Heart Boulevard,&#8221; sung by Ada"
            " Moreau. Moreau wrote the words and Simon Kreel the music, and the result"
            " sounds like a cathedral built out of drum machines. It was released as a"
            " single and went nowhere in America, though it charted at 31 in the UK.",
            "Close behind is &#8220;Rain on Chrome,&#8221; performed by the band Kodiak"
            " Fade, four art-school boys from Sheffield who deserved far better than"
            " their one album.",
            "The LP did what the film could not. It charted at No. 14 on the UK Albums"
            " Chart, spent a month at #3 on Billboard's Soundtracks chart, and the BPI"
            " certified it gold the following year.",
            "Listen to the songs; skip the film. The clip below is the title sequence, and"
            " it is the best four minutes Dworsky ever shot.",
        ],
        video="yt:xL1bE7oGm9R",
        film=("Neon Requiem", 1984),
        tracks=["Glass Heart Boulevard", "Rain on Chrome"],
        people=[
            ("Glass Heart Boulevard", "Ada Moreau", "performer"),
            ("Glass Heart Boulevard", "Ada Moreau", "composer"),
            ("Glass Heart Boulevard", "Simon Kreel", "composer"),
            ("Rain on Chrome", "Kodiak Fade", "performer"),
        ],
        albums=["Neon Requiem (Original Soundtrack)"],
        peaks=[
            ("Glass Heart Boulevard", 31, "uk_singles"),
            ("Neon Requiem (Original Soundtrack)", 14, "uk_albums"),
            ("Neon Requiem (Original Soundtrack)", 3, "billboard_soundtracks"),
        ],
        certs=[("Neon Requiem (Original Soundtrack)", "gold", 1, "bpi")],
    ),
    post(
        "long-pier-summer-b",
        "gutenberg",
        "Summer of the Long Pier (1976) and that song",
        [
            "If you were eleven in 1976, you probably saw <em>Summer of the Long"
            " Pier</em> at a drive-in, and you probably still know every word of"
            " &#8220;Sha-La Summer.&#8221; I was, I did, and I do.",
            "The movie: a gang of kids tries to save a seaside amusement park from a"
            " developer in a plaid jacket. It's set in a made-up town on the Jersey"
            " Shore, but the Santa Cruz Beach Boardwalk in California had to play the"
            " Jersey Shore, and the Giant Dipper does a lot of the acting. Some of the"
            " beach scenes were done a few miles down the coast at Capitola.",
            "H: Sha-La Summer",
            "&#8220;Sha-La Summer&#8221; was performed by The Tidewater Five, a harmony"
            " group from Baltimore who had been opening for bigger acts since 1971, and"
            " it was written by Benny Olsen and Carla Rhee, who were married at the time"
            " and very much not by the end of the decade.",
            "The record went to number eleven on the Hot 100 in August 1976 and, per the"
            " RIAA, went gold by Christmas.",
            "The Tidewater Five tried the same trick the next summer with"
            " &#8220;Boardwalk Nights,&#8221; which is not in this movie, whatever the"
            " internet says; it rose to No. 30 on the Hot 100 and that was that.",
            "There was never a soundtrack album. The clip is the opening credits. Turn it"
            " up.",
        ],
        video="yt:Wn5sJ0qZc8D",
        film=("Summer of the Long Pier", 1976),
        tracks=["Sha-La Summer"],
        people=[
            ("Sha-La Summer", "The Tidewater Five", "performer"),
            ("Sha-La Summer", "Benny Olsen", "composer"),
            ("Sha-La Summer", "Carla Rhee", "composer"),
        ],
        peaks=[("Sha-La Summer", 11, "billboard_hot_100")],
        certs=[("Sha-La Summer", "gold", 1, "riaa")],
        places=["Santa Cruz Beach Boardwalk", "Capitola"],
        stood=[("Santa Cruz Beach Boardwalk", "the Jersey Shore")],
    ),
    post(
        "shadow-protocol-b",
        "ghost",
        "Shadow Protocol and the last of the Cold War songs",
        [
            "<em>Shadow Protocol</em> was one of the last Cold War thrillers to go into"
            " production before the Cold War ended: it was shot in the autumn of 1988 and"
            " released in May 1989, by which time the Wall had six months left.",
            "Director Ross Whitcombe wanted Moscow and could not have it. Where he went"
            " instead, the press kit never says, and the film is lit so darkly that you"
            " could not tell Moscow from Milwaukee.",
            "H: The end-credits song",
            "The song over the end credits is &#8220;Cold Comfort Station&#8221;, sung"
            " by Ilse Marner, a Viennese singer who was huge in Germany and almost unknown"
            " in America. Marner co-wrote it with her husband, Felix Brandt, and you can"
            " hear her trying not to laugh at the lyric about microfilm.",
            "The tune was a No. 5 hit on West Germany's Media Control chart and went gold"
            " there, certified by the BVMI. Over here it was released as a single and"
            " stalled just outside the top forty.",
            "The soundtrack album came out on Vox Aeterna the same June and sank without"
            " a trace.",
            "Watch the ending; it is the only part of the film that breathes.",
        ],
        video="yt:a3Kd_9FhT6p",
        film=("Shadow Protocol", 1989),
        tracks=["Cold Comfort Station"],
        people=[
            ("Cold Comfort Station", "Ilse Marner", "performer"),
            ("Cold Comfort Station", "Ilse Marner", "composer"),
            ("Cold Comfort Station", "Felix Brandt", "composer"),
        ],
        albums=["Shadow Protocol soundtrack"],
        peaks=[("Cold Comfort Station", 5, "germany_media_control")],
        certs=[("Cold Comfort Station", "gold", 1, "bvmi")],
    ),
    post(
        "ridge-runners-b",
        "blogger",
        "Does anyone else remember Ridge Runners?",
        [
            "This is going to be a rambling one, sorry. I've been trying for years to"
            " find anybody else who remembers Ridge Runners, a moonshine-chase movie from"
            " 1977 that played at the Starlite drive-in in Knoxville for what felt like"
            " the entire summer.",
            "It was made on the cheap by a producer named Buddy Gaines and shot around"
            " Gatlinburg, Tennessee, and up in Cades Cove, which is why the car chases"
            " look so good: those are real mountain roads and real drops. The story is"
            " supposed to be Harlan County, Kentucky, but nobody at the drive-in cared.",
            "The song I still can't get out of my head after all these years is"
            ' "Gravel Road Serenade". It\'s sung by Jody Lee Parrish and Sue Ellen Cates,'
            " and it was written by Amos Tate, who I believe also plays the fiddle on it.",
            "There's another one, \"Revenuer's Waltz\", that's playing on the radio in"
            " the still scene, performed by the Holler Creek Boys. My dad used to whistle"
            " it while he mowed the lawn.",
            "As far as I know neither of them was ever a hit, and there was never an"
            " album. My uncle had a cassette somebody made off the TV.",
            "Anyway, here's the big chase somebody put online. If you remember this"
            " movie, leave a comment!",
        ],
        video="yt:Gy2mV8cN4sQ",
        film=("Ridge Runners", 1977),
        tracks=["Gravel Road Serenade", "Revenuer's Waltz"],
        people=[
            ("Gravel Road Serenade", "Jody Lee Parrish", "performer"),
            ("Gravel Road Serenade", "Sue Ellen Cates", "performer"),
            ("Gravel Road Serenade", "Amos Tate", "composer"),
            ("Revenuer's Waltz", "Holler Creek Boys", "performer"),
        ],
        places=["Gatlinburg", "Cades Cove"],
    ),
    post(
        "figure-eight-hearts-b",
        "substack",
        "Figure Eight Hearts (1994): this week's guilty pleasure",
        [
            "Welcome back. This week, by popular demand (three of you), it's"
            " <em>Figure Eight Hearts</em>, the 1994 figure-skating romance starring"
            " Kelsey Dumont and the most hair product ever applied to a male lead.",
            "The skating was filmed at the Olympic Saddledome in Calgary, six years after"
            " the real Winter Games, and the arena played a rink in Lillehammer for the"
            " big final. The moony walking-and-talking scenes were shot in Banff,"
            " Alberta, where it is always either golden hour or snowing.",
            "H: Two songs",
            'The love theme is "It\'s Only Winter", sung by Dana Mireault, a singer from'
            " Trois-Rivières, and written by Mireault and Paul Grégoire. It's a monster:"
            " the song topped the RPM chart for five weeks that winter.",
            'The other one is "Spin (Till the Lights Go Out)", performed by the Montreal'
            " band Lumière Noire over the training montage. It reached #22 on the"
            " Billboard Hot 100, which nobody saw coming.",
            "The soundtrack had no title beyond the film's name, and it sold a ridiculous"
            " number of copies: Music Canada certified it diamond, and south of the"
            " border the RIAA made it double platinum.",
            "Next week: something with explosions, I promise. Here's the final skate.",
        ],
        video="yt:oR7tB1xW5jL",
        film=("Figure Eight Hearts", 1994),
        tracks=["It's Only Winter", "Spin (Till the Lights Go Out)"],
        people=[
            ("It's Only Winter", "Dana Mireault", "performer"),
            ("It's Only Winter", "Dana Mireault", "composer"),
            ("It's Only Winter", "Paul Grégoire", "composer"),
            ("Spin (Till the Lights Go Out)", "Lumière Noire", "performer"),
        ],
        albums=["Figure Eight Hearts soundtrack"],
        peaks=[
            ("It's Only Winter", 1, "canada_rpm"),
            ("Spin (Till the Lights Go Out)", 22, "billboard_hot_100"),
        ],
        certs=[
            ("Figure Eight Hearts soundtrack", "diamond", 1, "music_canada"),
            ("Figure Eight Hearts soundtrack", "platinum", 2, "riaa"),
        ],
        places=["Olympic Saddledome", "Banff"],
        stood=[("Olympic Saddledome", "a rink in Lillehammer")],
    ),
    post(
        "southbound-freight-b",
        "squarespace",
        "Southbound Freight (1975)",
        [
            "Of all the hobo pictures of the mid-seventies, <em>Southbound Freight</em>"
            " is the quietest and the best. Directed by Ed Pruitt, it follows two"
            " brothers riding the rails from Oklahoma to California in 1936, and it takes"
            " its time.",
            "Pruitt shot it along the old Santa Fe line across the Mojave. Barstow played"
            " Dust Bowl Oklahoma, the rail yard at Needles, California, stood in for a"
            " yard in Amarillo, and the final shots of the Pacific were filmed at Pismo"
            " Beach, just as the light went.",
            "There is only one song in the film, &#8220;Boxcar Lullaby,&#8221; which the"
            " younger brother hums throughout and which we finally hear in full over the"
            " end titles. Music by Clem Hardesty, lyrics by Ruth Ann Pike, sung by Johnny"
            " Gale.",
            "Gale was a Bakersfield country singer who never quite broke through, and his"
            " label put the song out as a single that sank without a trace. There was"
            " never a soundtrack LP.",
            "It deserved better. So did the film. The end-title sequence is below.",
        ],
        video="vimeo:154209876",
        film=("Southbound Freight", 1975),
        tracks=["Boxcar Lullaby"],
        people=[
            ("Boxcar Lullaby", "Clem Hardesty", "composer"),
            ("Boxcar Lullaby", "Ruth Ann Pike", "composer"),
            ("Boxcar Lullaby", "Johnny Gale", "performer"),
        ],
        places=["Barstow", "Needles", "Pismo Beach"],
        stood=[("Barstow", "Dust Bowl Oklahoma"), ("Needles", "a yard in Amarillo")],
    ),
    post(
        "quarry-kings-b",
        "hugo",
        "Quarry Kings (1992): five quick facts",
        [
            "Five things about <em>Quarry Kings</em>, the 1992 slacker movie that sold a"
            " thousand flannel shirts. It's set in Tacoma. Mostly it wasn't shot there.",
            "H: 1. Where",
            "LIST: Seattle's Georgetown neighbourhood: the band house"
            " | Snoqualmie Falls: the cliff-jumping scene"
            " | Issaquah, Washington: the quarry itself",
            "H: 2. The band",
            "The band in the film is Slackwater, a real Olympia four-piece, and the song"
            " everyone remembers is &#8220;Dead Leaf Radio&#8221;, performed by Slackwater"
            " and written by Slackwater's lead singer, Corey Dunn.",
            "H: 3. The chart run",
            "#4 on Mainstream Rock. #38 on the Hot 100. Not bad for a song that is"
            " mostly feedback.",
            "H: 4. The album",
            "The soundtrack, <em>Quarry Kings: Songs from the Film</em>, on Driftwood"
            " Records in September 1992, went quadruple platinum (RIAA).",
            "H: 5. The director",
            "Tim Okafor, who made skate videos in Portland before this, never made"
            " another film. He runs a bakery now.",
        ],
        video="yt:Tz4qH6kMa0e",
        film=("Quarry Kings", 1992),
        tracks=["Dead Leaf Radio"],
        people=[
            ("Dead Leaf Radio", "Slackwater", "performer"),
            ("Dead Leaf Radio", "Corey Dunn", "composer"),
        ],
        albums=["Quarry Kings: Songs from the Film"],
        peaks=[
            ("Dead Leaf Radio", 4, "billboard_mainstream_rock"),
            ("Dead Leaf Radio", 38, "billboard_hot_100"),
        ],
        certs=[("Quarry Kings: Songs from the Film", "platinum", 4, "riaa")],
        places=["Georgetown", "Snoqualmie Falls", "Issaquah"],
    ),
    post(
        "wild-card-weekend-b",
        "jekyll",
        "Wild Card Weekend, or the best bad teen movie of 1986",
        [
            "Look, <em>Wild Card Weekend</em> is not a good film. It is a 1986 teen"
            " comedy about a kid who bets his dad's Corvette in a poker game, it was"
            " directed by a man named Skip Hollis who also made a film about a talking"
            " golf cart, and I have seen it about forty times.",
            "It's set in a suburb of Milwaukee, but they shot it around Chicago: the bus"
            " chase goes straight through Chicago's Pilsen neighbourhood, murals and all,"
            " and the poker game is in a real mansion in Evanston, Illinois, that you can"
            " apparently rent for weddings.",
            "H: The songs",
            "&#8220;Full House Heart&#8221; is the big one. Ricky Vale sings it, and the"
            " credits say Vale, Tony Brill and Marcy Keen wrote it. The song rose to No."
            " 16 on the Hot 100 and did much better up north: in Canada it was a No. 2 hit"
            " on the RPM chart and went platinum, per Music Canada.",
            "&#8220;Back Row Kiss&#8221;, the one in the drive-in scene, is performed by"
            " the band The Shortstops, and it is the better song, but it was never a"
            " single.",
            "The soundtrack came out on Sunburst Records with no title of its own, and"
            " the LP sold steadily enough that the RIAA certified it gold in nineteen"
            " eighty-seven.",
            "Ricky Vale was born in Gary, Indiana, and had a minor hit in 1984 with"
            " &#8220;Heatwave Honey&#8221;, which is not in this film and which I do not"
            " recommend. It went to No. 12 on the Hot 100 anyway.",
            "The clip is the bus chase.",
        ],
        video="yt:bN8vC3pX2rY",
        film=("Wild Card Weekend", 1986),
        tracks=["Full House Heart", "Back Row Kiss"],
        people=[
            ("Full House Heart", "Ricky Vale", "performer"),
            ("Full House Heart", "Ricky Vale", "composer"),
            ("Full House Heart", "Tony Brill", "composer"),
            ("Full House Heart", "Marcy Keen", "composer"),
            ("Back Row Kiss", "The Shortstops", "performer"),
        ],
        albums=["Wild Card Weekend soundtrack"],
        peaks=[
            ("Full House Heart", 16, "billboard_hot_100"),
            ("Full House Heart", 2, "canada_rpm"),
        ],
        certs=[
            ("Full House Heart", "platinum", 1, "music_canada"),
            ("Wild Card Weekend soundtrack", "gold", 1, "riaa"),
        ],
        places=["Pilsen", "Evanston"],
    ),
    post(
        "red-dust-frequency-b",
        "handmade",
        "RED DUST FREQUENCY (1989)",
        [
            "Welcome to my page about Red Dust Frequency! This is my favourite science"
            " fiction film of the 1980s and I have collected everything I could find"
            " about it here. It was directed by Gordon Pike and stars Lisa Marchetti as"
            " the astronaut Jo Kane, who is stranded on Mars with a broken radio.",
            "<b>FILMING:</b> Waimea Canyon on Kauai played Mars, and it looks amazing"
            " even on my old VHS. The launch scenes were filmed at Vandenberg Air Force"
            " Base, California, with a real rocket in the background (not the one in the"
            " story!).",
            '<b>MUSIC:</b> The theme song is "Red Planet Radio". It was written by Joel'
            " Kitt, Ramon Ortega and Bea Lindqvist, and performed by Astra Vance, who was"
            " born in Phoenix and was only seventeen.",
            "It was a No. 27 hit on the Billboard Hot 100 and went gold (RIAA). In"
            " England it got to No. 9!!",
            "<b>SOUNDTRACK:</b> <i>Frequencies: Music from Red Dust Frequency</i>"
            " (Stardrift Records, July 1989). Charted at #45 on the Billboard 200. I"
            " have it on cassette AND on CD.",
            "Watch the opening with the song below. If you have any rare stuff about this"
            " movie please email me!",
        ],
        video="yt:Qe9wL5dF-7h",
        film=("Red Dust Frequency", 1989),
        tracks=["Red Planet Radio"],
        people=[
            ("Red Planet Radio", "Joel Kitt", "composer"),
            ("Red Planet Radio", "Ramon Ortega", "composer"),
            ("Red Planet Radio", "Bea Lindqvist", "composer"),
            ("Red Planet Radio", "Astra Vance", "performer"),
        ],
        albums=["Frequencies: Music from Red Dust Frequency"],
        peaks=[
            ("Red Planet Radio", 27, "billboard_hot_100"),
            ("Red Planet Radio", 9, "uk_singles"),
            ("Frequencies: Music from Red Dust Frequency", 45, "billboard_200"),
        ],
        certs=[("Red Planet Radio", "gold", 1, "riaa")],
        places=["Waimea Canyon", "Vandenberg Air Force Base"],
        stood=[("Waimea Canyon", "Mars")],
    ),
]
