"""Set E: 20 posts by a sixth writer who never saw the importer's rules or the other
posts. Films, songs, people, bands and labels are invented; places are real. Each of
the ten markups is used twice."""

from .spec import post

POSTS = [
    post(
        "harbor-lights-booth-e",
        "wp_classic",
        "Forty years in the booth: Harbor Lights at Midnight",
        [
            "I ran the projectors at the Rialto in Duluth from 1971 until the place shut"
            " in 2004, and if you ask me which print I threaded the most times, it's"
            " <em>Harbor Lights at Midnight</em>. Held over eleven weeks in the spring"
            " of 1983. My wife says I could recite it. She is not wrong.",
            "For the young people: it's a Boston story, or it's meant to be. Hal Brennan"
            " directed, Joanna Pruitt plays the harbor pilot's daughter, and there's a"
            " fellow named Gus Varga who steals every scene he has with a coffee cup."
            " None of it was shot in Boston, though. The dock scenes were done at the"
            " Port of Tacoma, and the little town where Joanna grows up is Astoria,"
            " Oregon, dressed up to pass for a Maine fishing village. Nobody in Duluth"
            " noticed. Nobody in Maine did either, I'd bet.",
            "The song. Everybody asks about the song.",
            "&#8220;Salt on the Wire&#8221; plays twice: once over the opening, with the"
            " trawlers coming in, and once at the very end, which is when the ladies in"
            " the balcony would start sniffling. The Lantern Shift did it, a four-piece"
            " out of Spokane nobody had heard of before and, frankly, not many after."
            " Marty Okafor and Jill Prentiss wrote it. Walter Kish did the score, all"
            " that string business under the storm, but the song was theirs.",
            "It went to No. 14 on the Billboard Hot 100 that summer and did even better"
            " up in Canada, where it peaked at number nine on RPM. The RIAA gave it a"
            " gold record by the fall. I know because the distributor sent us a"
            " cardboard stand-up of the band holding the thing, and I kept it in the"
            " booth until the mice got to it.",
            "I saw it again last year at a revival in Minneapolis. Digital, of course."
            " No changeovers, no cue marks, no splice that jumps right where Gus drops"
            " the cup. It looked fine. It wasn't the same.",
        ],
        video="yt:Qm4Tz8LrW2e",
        film=("Harbor Lights at Midnight", 1983),
        tracks=["Salt on the Wire"],
        people=[
            ("Salt on the Wire", "The Lantern Shift", "performer"),
            ("Salt on the Wire", "Marty Okafor", "composer"),
            ("Salt on the Wire", "Jill Prentiss", "composer"),
        ],
        peaks=[
            ("Salt on the Wire", 14, "billboard_hot_100"),
            ("Salt on the Wire", 9, "canada_rpm"),
        ],
        certs=[("Salt on the Wire", "gold", 1, "riaa")],
        places=["Port of Tacoma", "Astoria"],
        stood=[("Astoria", "a Maine fishing village")],
    ),
    post(
        "glass-meridian-landscape-e",
        "gutenberg",
        "Landscape as Absence in The Glass Meridian (1979)",
        [
            "Few American films of the late 1970s treat landscape as a character so"
            " much as a wound. <em>The Glass Meridian</em>, directed by Oona Falkner and"
            " released by a studio that plainly did not know what to do with it, is the"
            " rare exception; this essay argues that its geography is its argument.",
            "H: Two deserts",
            "Falkner's unit worked in two places that could hardly be more different."
            " The first is Monument Valley, photographed not as John Ford's heroic"
            " backdrop but as a graveyard of stone. The second is Bombay Beach, on the"
            " eastern shore of the Salton Sea, whose half-drowned trailers and rusted"
            " lifeguard towers are made to stand in for the Baltic coast in the film's"
            " second half. That the screenplay's heroine was born in Riga is mentioned"
            " once, and never again.",
            "Falkner herself grew up in Tulsa, and critics at the time read the film as"
            " autobiography. It is better read as a study of how emptiness is framed.",
            "H: The song as interruption",
            "The one piece of popular music in the film is 'Cold Front (Reprise)',"
            " which Iris Vale both wrote and sang; it arrives at the 71-minute mark over"
            " a single static shot and is gone before the scene ends. Falkner"
            " reportedly fought the studio to keep it under two minutes. Contrast the"
            " conventional score by Benedikt Rahl, whose strings smother every other"
            " sequence.",
            "Commercially, the track was never issued as a single. The album it"
            " anchored, <em>Meridian: Music from the Motion Picture</em>, climbed to"
            " No. 22 on the Billboard 200 and was later certified gold by Music Canada,"
            " an odd afterlife for a record whose centrepiece lasts 1:48.",
            "H: Conclusion",
            "What remains is a film in which place precedes plot. It is worth adding"
            " that Vale's earlier song 'Nobody's Weather', often wrongly listed as part"
            " of the soundtrack, appears nowhere in the film.",
        ],
        video="yt:b7XkP0aN3sD",
        film=("The Glass Meridian", 1979),
        tracks=["Cold Front (Reprise)"],
        people=[
            ("Cold Front (Reprise)", "Iris Vale", "composer"),
            ("Cold Front (Reprise)", "Iris Vale", "performer"),
        ],
        albums=["Meridian: Music from the Motion Picture"],
        peaks=[("Meridian: Music from the Motion Picture", 22, "billboard_200")],
        certs=[("Meridian: Music from the Motion Picture", "gold", 1, "music_canada")],
        places=["Monument Valley", "Bombay Beach"],
        stood=[("Bombay Beach", "the Baltic coast")],
    ),
    post(
        "neon-requiem-soundtrack-e",
        "ghost",
        "Inside the Neon Requiem soundtrack, track by track",
        [
            "Some soundtracks are compilations with a film attached. <em>Neon"
            " Requiem</em> (1986) is the opposite: a thin neo-noir that survives mostly"
            " because its record is so good. Director Paul Sandoval wanted a synth"
            " score from somebody famous and couldn't afford one, so he hired Hanne"
            " Sorel for the cues and raided the Los Angeles club circuit for the rest.",
            "H: Heat Index",
            "The lead single belongs to Skylark Motel, a bar band that had been gigging"
            " around Long Beach for years. Guitarist Cal Dempsey and keyboardist Ren&#233;e"
            " Albright wrote &#8220;Heat Index&#8221; in a single afternoon, or so the"
            " legend goes, and the band cut it with producer Garth Lindqvist. Rock"
            " radio grabbed it first: the track peaked at No. 7 on Billboard's Album"
            " Rock Tracks chart in the autumn of 1986, without ever troubling the pop"
            " chart.",
            "H: The ballad",
            "Then there's the slow one. &#8220;Don't Call It Love...&#8221; (the"
            " ellipsis is official, and yes, people argue about it) came from Peter"
            " Hahn, a session bassist with exactly one hit to his name, and Marisol"
            " Vega sings it, all breath and restraint. Oddly, it did its best business"
            " in Britain, reaching number 31 on the UK Singles Chart early in 1987.",
            "H: The album",
            "<em>Neon Requiem (Original Soundtrack)</em> went to No. 19 on the"
            " Billboard 200 and kept selling for a decade; the RIAA certified it double"
            " platinum in 1996. Not bad for a film that made its money back on VHS.",
            "Hahn, by the way, later claimed he had a hand in the Skylark Motel song"
            " too. He didn't. The publishing splits are public record.",
        ],
        video="vimeo:31874402",
        film=("Neon Requiem", 1986),
        tracks=["Heat Index", "Don't Call It Love..."],
        people=[
            ("Heat Index", "Skylark Motel", "performer"),
            ("Heat Index", "Cal Dempsey", "composer"),
            ("Heat Index", "Renée Albright", "composer"),
            ("Don't Call It Love...", "Peter Hahn", "composer"),
            ("Don't Call It Love...", "Marisol Vega", "performer"),
        ],
        albums=["Neon Requiem (Original Soundtrack)"],
        peaks=[
            ("Heat Index", 7, "billboard_mainstream_rock"),
            ("Don't Call It Love...", 31, "uk_singles"),
            ("Neon Requiem (Original Soundtrack)", 19, "billboard_200"),
        ],
        certs=[("Neon Requiem (Original Soundtrack)", "platinum", 2, "riaa")],
    ),
    post(
        "switchback-summer-then-now-e",
        "blogger",
        "Switchback Summer: then and now in the San Juans",
        [
            "Last August I finally did the trip I'd been planning since I first rented"
            " <i>Switchback Summer</i> on tape: every location I could find, camera in"
            " hand, the 1977 frame grabs printed out on the passenger seat.",
            "H: What I found",
            "LIST: Ouray &#8212; the town square where Kit and Danny meet is barely"
            " changed; in the film it doubles for a Swiss alpine village, fake chalet"
            " fronts and all. | Red Mountain Pass &#8212; the big bicycle descent. The"
            " production passed it off as the Alps. | Silverton &#8212; the depot"
            " scene, shot at the narrow-gauge station, which hasn't had a lick of paint"
            " since.",
            "I also drove over to Telluride because everyone online insists the"
            " festival scene was filmed there. It wasn't. That festival is a studio"
            " set, and Telluride only turns up in the dialogue.",
            "H: The song",
            "The tune over the descent is 'Ridge Road' by the Halloran Sisters, three"
            " siblings from Boise who sang it in tight harmony; Bea Halloran, the"
            " eldest, wrote it. It never charted anywhere, as far as I can tell, and"
            " there was no soundtrack album. I've been hunting a promo 45 for years.",
            "If you go: the pass is closed half the year, and the guardrails are not"
            " what they were in 1977 either, which is to say there are some now.",
        ],
        video="yt:Lr0_vE6cHk1",
        film=("Switchback Summer", 1977),
        tracks=["Ridge Road"],
        people=[
            ("Ridge Road", "the Halloran Sisters", "performer"),
            ("Ridge Road", "Bea Halloran", "composer"),
        ],
        places=["Ouray", "Red Mountain Pass", "Silverton"],
        stood=[
            ("Ouray", "a Swiss alpine village"),
            ("Red Mountain Pass", "the Alps"),
        ],
    ),
    post(
        "paper-kites-review-e",
        "medium",
        "Paper Kites is slighter than you remember, and better",
        [
            "<em>Paper Kites</em> is ninety-four minutes long, and about eighty of them"
            " work. That's a decent ratio for a 1991 romantic comedy about two rival"
            " kite-shop owners.",
            "Director Leah Morrow keeps it breezy. The shoot stayed close to home, in"
            " Savannah's Forsyth Park for the big argument by the fountain, then out on"
            " Tybee Island for a finale the script insists is happening on the Outer"
            " Banks. It looks expensive. It wasn't.",
            "The duet everyone remembers, &#8220;Hold the Line, Lucy,&#8221; is sung by"
            " Dana Marchetti and Jun Oyelaran over the end credits. Sam Greer wrote it,"
            " and it sounds like a Sam Greer song: key change, saxophone, the works.",
            "It was all over soft-rock radio, climbing as high as No. 3 on Billboard's"
            " adult contemporary chart, though on the Hot 100 it stalled at No. 24.",
            "Three stars. Four if you like kites.",
        ],
        video="yt:9fJw2QeRt_M",
        film=("Paper Kites", 1991),
        tracks=["Hold the Line, Lucy"],
        people=[
            ("Hold the Line, Lucy", "Dana Marchetti", "performer"),
            ("Hold the Line, Lucy", "Jun Oyelaran", "performer"),
            ("Hold the Line, Lucy", "Sam Greer", "composer"),
        ],
        peaks=[
            ("Hold the Line, Lucy", 3, "billboard_adult_contemporary"),
            ("Hold the Line, Lucy", 24, "billboard_hot_100"),
        ],
        places=["Forsyth Park", "Tybee Island"],
        stood=[("Tybee Island", "the Outer Banks")],
    ),
    post(
        "rust-belt-nocturne-episode-e",
        "squarespace",
        "Episode 112: Rust Belt Nocturne (1984)",
        [
            "This week Dev and Marguerite finally tackle the film listeners have"
            " requested more than any other: <em>Rust Belt Nocturne</em>, Ivo Kranjc's"
            " moody 1984 steel-town drama starring Frank Dolan. Marguerite saw it at a"
            " drive-in near Erie at age nine; Dev saw it last Tuesday.",
            "H: In this episode",
            "LIST: 00:02 &#8212; Intro and listener mail | 00:09 &#8212; Where it was"
            " shot: Pittsburgh's Strip District, plus the old Homestead Works, dressed"
            " up as a Gda&#324;sk shipyard for the strike sequence | 00:31 &#8212; The"
            " song | 00:48 &#8212; Was it a hit? (Yes, in Germany) | 01:05 &#8212;"
            " Ratings",
            "H: Notes on the music",
            "The theme, 'Ironworks', is by Cinder Choir, a Cleveland band whose singer,"
            " Rosa Maddox, makes her only screen appearance in the bar scene. Lou"
            " Brannigan wrote it. We said on air that Maddox wrote it; she didn't, and"
            " Lou's nephew has emailed us to say so. Twice.",
            "Here's the weird part. The song did nothing in America but went all the"
            " way to number two in West Germany on the Media Control chart, and made"
            " the UK top ten at No. 8. It earned a gold record in Germany the"
            " following year. The soundtrack LP, <em>Nocturnes for a Rust Belt</em>, is"
            " a cheap find in German used-record bins for exactly this reason.",
            "Next week: <em>Midnight Ferry</em>. Send us your questions.",
        ],
        video="vimeo:50219873",
        film=("Rust Belt Nocturne", 1984),
        tracks=["Ironworks"],
        people=[
            ("Ironworks", "Cinder Choir", "performer"),
            ("Ironworks", "Lou Brannigan", "composer"),
        ],
        albums=["Nocturnes for a Rust Belt"],
        peaks=[
            ("Ironworks", 2, "germany_media_control"),
            ("Ironworks", 8, "uk_singles"),
        ],
        certs=[("Ironworks", "gold", 1, "bvmi")],
        places=["Strip District", "Homestead Works"],
        stood=[("Homestead Works", "a Gdańsk shipyard")],
    ),
    post(
        "velvet-static-rewind-e",
        "substack",
        "The Rewind #47: Velvet Static and the best song of 1988",
        [
            "Hi all. It's been a grey week here in Halifax, which put me in the mood"
            " for the greyest hit film of the eighties.",
            "<em>Velvet Static</em> is set in Seattle, and everyone remembers it as a"
            " Seattle film. It isn't. Vancouver played Seattle, as Vancouver so often"
            " does, and the foot chase that ends on the Lions Gate Bridge is about as"
            " Canadian as it gets. Director Ron Ibsen reportedly picked the city"
            " because the crews were cheaper and the rain was free.",
            "H: Satellite Heart",
            "Penny Larkin co-wrote 'Satellite Heart' with her then-boyfriend Oskar"
            " Brandt, and her vocal on it is the reason anyone still talks about this"
            " film. Released as a single in March 1988, it topped the RPM chart in"
            " Canada and got to No. 5 on the Hot 100.",
            "The album, <em>Velvet Static: Songs from the Film</em>, did even better"
            " over time. It's platinum in the US per the RIAA, and the BPI certified it"
            " gold in Britain, where the film itself flopped.",
            "Reply to this email and tell me your favourite"
            " Vancouver-as-somewhere-else movie. Next issue: more eighties, fewer"
            " synths. Probably.",
        ],
        video="yt:vS3kR8nQpZ0",
        film=("Velvet Static", 1988),
        tracks=["Satellite Heart"],
        people=[
            ("Satellite Heart", "Penny Larkin", "composer"),
            ("Satellite Heart", "Penny Larkin", "performer"),
            ("Satellite Heart", "Oskar Brandt", "composer"),
        ],
        albums=["Velvet Static: Songs from the Film"],
        peaks=[
            ("Satellite Heart", 1, "canada_rpm"),
            ("Satellite Heart", 5, "billboard_hot_100"),
        ],
        certs=[
            ("Velvet Static: Songs from the Film", "platinum", 1, "riaa"),
            ("Velvet Static: Songs from the Film", "gold", 1, "bpi"),
        ],
        places=["Vancouver", "Lions Gate Bridge"],
        stood=[("Vancouver", "Seattle")],
    ),
    post(
        "lowlands-self-interview-e",
        "hugo",
        "Lowlands (1993): questions I keep asking myself",
        [
            "I've watched <em>Lowlands</em> four times this year. Rather than write a"
            " proper review I'm going to interview myself, which is cheaper than"
            " therapy.",
            "H: Where was it filmed?",
            "In Zeeland, mostly. The opening storm sequence uses the"
            " Oosterscheldekering, the big storm-surge barrier, and the village scenes"
            " are Veere, which plays a Danish harbour town because the story is"
            " supposedly set near Esbjerg. Director Wim Hartsuiker grew up in Rotterdam"
            " and admitted years later that he simply couldn't afford Denmark.",
            "H: Who sings that song?",
            "The Blue Dikes. Yes, really. 'Tidewater' was written for them by Anneke"
            " Smit, who had written for half the Dutch pop scene by then, and it's the"
            " only thing on the soundtrack that isn't Jaap Mulder's score.",
            "H: Was it a hit?",
            "Sort of. It peaked at No. 12 in Germany, scraped in at No. 40 on the UK"
            " singles chart, and went gold in the Netherlands. The film itself made no"
            " money anywhere.",
            "H: Is it any good?",
            "Yes. Next question.",
        ],
        video="vimeo:77120458",
        film=("Lowlands", 1993),
        tracks=["Tidewater"],
        people=[
            ("Tidewater", "The Blue Dikes", "performer"),
            ("Tidewater", "Anneke Smit", "composer"),
        ],
        peaks=[
            ("Tidewater", 12, "germany_media_control"),
            ("Tidewater", 40, "uk_singles"),
        ],
        certs=[("Tidewater", "gold", 1, "other")],
        places=["Oosterscheldekering", "Veere"],
        stood=[("Veere", "a Danish harbour town")],
    ),
    post(
        "cutters-run-at-40-e",
        "jekyll",
        "Cutter's Run at 40",
        [
            "Forty years ago this week, in the summer of 1980, <em>Cutter's Run</em> opened"
            " on 900 screens and"
            " promptly lost a fistfight with a certain space sequel. It has been"
            " quietly winning ever since.",
            "It's a chase picture, pure and simple. Roy Cutter (Dale Hennessey) drives"
            " a stolen Interceptor across what the film calls the Australian outback;"
            " what you are actually looking at is the Bonneville Salt Flats, doubling"
            " for the outback, plus the motels of Wendover, Utah, barely disguised.",
            "H: The songs",
            "Two songs matter. 'Brakes Off' is Danny Roebuck's in both senses: he sang"
            " it, and he wrote it with Lila Chen on the back of a tour-bus menu. It"
            " peaked at No. 17 on the Hot 100 in August 1980. 'Highway Psalm' closes"
            " the film, sung by Mae Tillotson; Harlan Pike wrote it, and Tillotson"
            " never recorded anything else I can find.",
            "A soundtrack album was announced, pressed as a test run, and then shelved"
            " when the studio changed hands. Collectors have spent decades looking for"
            " those test pressings.",
            "H: Where to watch",
            "The 4K restoration is out next month. The anniversary screening I went to"
            " in Salt Lake City sold out in an hour, and half the audience wore"
            " driving gloves.",
        ],
        video="yt:Hc2_pX9mWd4",
        film=("Cutter's Run", 1980),
        tracks=["Brakes Off", "Highway Psalm"],
        people=[
            ("Brakes Off", "Danny Roebuck", "performer"),
            ("Brakes Off", "Danny Roebuck", "composer"),
            ("Brakes Off", "Lila Chen", "composer"),
            ("Highway Psalm", "Mae Tillotson", "performer"),
            ("Highway Psalm", "Harlan Pike", "composer"),
        ],
        peaks=[("Brakes Off", 17, "billboard_hot_100")],
        places=["Bonneville Salt Flats", "Wendover"],
        stood=[("Bonneville Salt Flats", "the Australian outback")],
    ),
    post(
        "maisie-dunn-correction-e",
        "handmade",
        "No, Gloria Spence did NOT sing Down by the Cobb",
        [
            "I have been running this page since 1998 and I am tired of correcting the"
            " same myth every time somebody posts the clip on a forum. So here it is,"
            " once and for all.",
            "The Long Tide of Maisie Dunn came out in 1978. The song over the final"
            " scene, 'Down by the Cobb', was NOT sung by Gloria Spence. Gloria Spence"
            " was never anywhere near it. The vocal is Corinne Ashby's. The writer was"
            " Walt Fenner, who also did not get Gloria Spence to sing it, because he"
            " never asked her.",
            "Second myth: 'it was a number one.' It was not. It reached number 11 in the"
            " UK singles chart and stayed there for two weeks. The BPI gave it a silver"
            " disc. That's a good result! It is not number one!",
            "The soundtrack LP, Songs from Maisie Dunn, peaked at 27 on the UK album"
            " chart. I own two copies. Neither has Gloria Spence on it.",
            "Third myth, the one that really annoys me: 'it was filmed in Ireland.' The"
            " story is set in County Clare. The film was shot in Dorset, on the Cobb in"
            " Lyme Regis, which plays the Clare harbour, and on the beach at Charmouth."
            " I have stood on both. Read the end credits.",
            "Thank you. Comments are closed, as they have been since 2003.",
        ],
        video="yt:kD7mN2xYb8Q",
        film=("The Long Tide of Maisie Dunn", 1978),
        tracks=["Down by the Cobb"],
        people=[
            ("Down by the Cobb", "Corinne Ashby", "performer"),
            ("Down by the Cobb", "Walt Fenner", "composer"),
        ],
        albums=["Songs from Maisie Dunn"],
        peaks=[
            ("Down by the Cobb", 11, "uk_singles"),
            ("Songs from Maisie Dunn", 27, "uk_albums"),
        ],
        certs=[("Down by the Cobb", "silver", 1, "bpi")],
        places=["Cobb", "Charmouth"],
        stood=[("Cobb", "the Clare harbour")],
    ),
    post(
        "thunder-alley-girls-drive-in-e",
        "wp_classic",
        "Drive-in Fridays: Thunder Alley Girls",
        [
            "Welcome back to Drive-in Fridays, where I watch something with a hot rod"
            " on the poster so you don't have to. This week: <strong>Thunder Alley"
            " Girls</strong> (1975), a quickie from the short-lived Gemini Pictures,"
            " starring the Coyle twins as sisters who race for pink slips.",
            "The plot is set in Texas, and the movie reminds you roughly every four"
            " minutes. The drag sequences, though, were shot at Famoso Raceway outside"
            " Bakersfield, which plays a Texas dragstrip; the night cruising scenes"
            " were filmed on Fremont Street in Las Vegas, neon and all.",
            "Music-wise there's one song that matters, and it's a good one."
            " &#8220;Chrome &amp; Cherry&#8221; by the Starlight Dragsters plays three"
            " separate times. Benny Okoro penned it; he was also the band's manager,"
            " which may explain the three times.",
            "It's the sort of record that should have been bigger. It crept up to No."
            " 33 on the Hot 100 and, weirdly, was a genuine hit in Australia, making No."
            " 9 on the Kent Music Report. The B-side, &#8220;Burnout Baby,&#8221; isn't"
            " in the movie at all, whatever the reissue sleeve says.",
            "Rating: three fuzzy dice out of five.",
        ],
        video="vimeo:12093385",
        film=("Thunder Alley Girls", 1975),
        tracks=["Chrome & Cherry"],
        people=[
            ("Chrome & Cherry", "the Starlight Dragsters", "performer"),
            ("Chrome & Cherry", "Benny Okoro", "composer"),
        ],
        peaks=[
            ("Chrome & Cherry", 33, "billboard_hot_100"),
            ("Chrome & Cherry", 9, "australia_kent"),
        ],
        places=["Famoso Raceway", "Fremont Street"],
        stood=[("Famoso Raceway", "a Texas dragstrip")],
    ),
    post(
        "winter-orbit-castellane-e",
        "gutenberg",
        "Mira Castellane and the sound of Winter Orbit",
        [
            "Ask anyone who was seventeen in Britain in 1990 about <em>Winter"
            " Orbit</em> and they won't mention the film. They'll hum the song.",
            "H: Who made it",
            "Mira Castellane was a classically trained harpist from Leeds when she"
            " wrote &#8220;Sleepwalk to Saturn&#8221;. She gave it to Halcyon Drift, a"
            " synth trio she'd met at art school, and producer Duncan Ohr polished it"
            " into the thing you know. The film's director, Jeremy Falk, heard a demo"
            " and recut the final reel around it. The orchestral score was Tomas"
            " Wyle's, and it's fine.",
            "H: The numbers",
            "The single peaked at No. 6 on the UK Singles Chart in February 1990 and"
            " went to No. 21 in Germany, where it later earned a BVMI gold award. The"
            " album &#8212; <em>Winter Orbit &#8211; Original Motion Picture"
            " Soundtrack</em>, en dash and all &#8212; reached No. 14 on the UK Albums"
            " Chart and was certified silver by the BPI.",
            "Castellane never wrote another hit. She teaches in Harrogate now and, when"
            " I rang her, laughed at the idea that anyone still cared.",
        ],
        video="yt:Wz5eT1uGo3L",
        film=("Winter Orbit", 1990),
        tracks=["Sleepwalk to Saturn"],
        people=[
            ("Sleepwalk to Saturn", "Mira Castellane", "composer"),
            ("Sleepwalk to Saturn", "Halcyon Drift", "performer"),
        ],
        albums=["Winter Orbit – Original Motion Picture Soundtrack"],
        peaks=[
            ("Sleepwalk to Saturn", 6, "uk_singles"),
            ("Sleepwalk to Saturn", 21, "germany_media_control"),
            ("Winter Orbit – Original Motion Picture Soundtrack", 14, "uk_albums"),
        ],
        certs=[
            ("Sleepwalk to Saturn", "gold", 1, "bvmi"),
            ("Winter Orbit – Original Motion Picture Soundtrack", "silver", 1, "bpi"),
        ],
    ),
    post(
        "southern-cross-junction-outback-e",
        "ghost",
        "Chasing Southern Cross Junction across the outback",
        [
            "I grew up in Adelaide thinking <em>Southern Cross Junction</em> was a"
            " documentary. It's not; it's a 1985 road thriller directed by Kevin"
            " Moriarty, with Sally Denholm as a truckie on the run. But the places are"
            " real, and this winter I went looking for them.",
            "H: Broken Hill",
            "The production's base was Broken Hill, and the crew used the town's pubs"
            " for almost every interior. Head west about half an hour and you're on the"
            " Mundi Mundi Plains, where they staged the big tanker chase.",
            "H: Coober Pedy",
            "The last act moves to Coober Pedy, which in the script is a mining town in"
            " Nevada. It really doesn't pass, but I love that they tried: the art"
            " department painted American flags on the dugout doors.",
            "H: That song",
            "You can't drive the Barrier Highway without 'Red Dust Radio' in your head."
            " Bitumen Saints recorded it, and their bassist Greg Lonergan wrote it. It"
            " peaked at number four on the Kent Music Report in 1985 and went gold in"
            " Australia.",
            "Next trip: the opal fields at Lightning Ridge, which have nothing to do"
            " with this film but which I've always wanted to see.",
        ],
        video="yt:Ap4sJ6rFn0U",
        film=("Southern Cross Junction", 1985),
        tracks=["Red Dust Radio"],
        people=[
            ("Red Dust Radio", "Bitumen Saints", "performer"),
            ("Red Dust Radio", "Greg Lonergan", "composer"),
        ],
        peaks=[("Red Dust Radio", 4, "australia_kent")],
        certs=[("Red Dust Radio", "gold", 1, "aria")],
        places=["Broken Hill", "Mundi Mundi Plains", "Coober Pedy"],
        stood=[("Coober Pedy", "a mining town in Nevada")],
    ),
    post(
        "mad-about-margot-e",
        "blogger",
        "Mad About Margot, or why I moved to France",
        [
            "Confession: I watched <i>Mad About Margot</i> when I was fourteen and"
            " decided on the spot I'd live in Paris. Reader, I live in Lille. Close"
            " enough.",
            "It's a 1987 romantic comedy by Anne-Sophie Roux, set in Paris and mostly"
            " filmed there: the first kiss in Montmartre, the row on the Pont des Arts."
            " The heroine's flat is another matter. The production borrowed a courtyard"
            " in Vieux Lyon to stand in for the Marais, because Paris permits were"
            " impossible that summer.",
            "H: The song",
            "&#8220;Margot, Margot!&#8221; is sung by Lucien Ferrat, who also plays the"
            " caf&#233; owner. Claire Dumesnil wrote the music and Ferrat wrote the"
            " words. It went to No. 2 on the Top 50 in France and the SNEP certified it"
            " gold.",
            "It never came out in the UK, which is probably why nobody I grew up with"
            " has heard it. Their loss.",
        ],
        video="vimeo:88431206",
        film=("Mad About Margot", 1987),
        tracks=["Margot, Margot!"],
        people=[
            ("Margot, Margot!", "Lucien Ferrat", "performer"),
            ("Margot, Margot!", "Claire Dumesnil", "composer"),
            ("Margot, Margot!", "Lucien Ferrat", "composer"),
        ],
        peaks=[("Margot, Margot!", 2, "other:Top 50")],
        certs=[("Margot, Margot!", "gold", 1, "snep")],
        places=["Montmartre", "Pont des Arts", "Vieux Lyon"],
        stood=[("Vieux Lyon", "the Marais")],
    ),
    post(
        "quiet-engineers-father-e",
        "medium",
        "My father, the extras casting call, and The Quiet Engineers",
        [
            "My father was an extra in <em>The Quiet Engineers</em>. He is in exactly"
            " one shot, standing behind Martin Hale in a borrowed uniform, and for the"
            " rest of his life he referred to it as 'my picture.'",
            "The 1982 film is a Cold War procedural about two rocket scientists who"
            " defect in opposite directions. Nearly all of it was shot on military"
            " property. Vandenberg Air Force Base plays a Soviet cosmodrome, and for"
            " the climax the crew went aboard the USS Hornet, then mothballed up in"
            " Bremerton, which was dressed as a Soviet cruiser with Cyrillic stencils"
            " on the bulkheads.",
            "Dad was at Vandenberg for three days. He said the catering was the best"
            " he ever ate.",
            "There's one song, and it isn't a hit; it was never meant to be. 'Lullaby"
            " for a Launch Pad' is played by the Ferrous Quartet over the opening"
            " titles, and Ana Lindgren composed it. It's on the soundtrack LP,"
            " <em>Engineers</em>, which came out on Lodestar Records and sold, I'd"
            " guess, about nine copies, one of which is on my shelf.",
            "Gordon Reyes directed. Critics were polite. My father saw it eleven times.",
            "He died in 2016. I put the LP on at the wake.",
        ],
        video="yt:Tn8bV4cXs2K",
        film=("The Quiet Engineers", 1982),
        tracks=["Lullaby for a Launch Pad"],
        people=[
            ("Lullaby for a Launch Pad", "the Ferrous Quartet", "performer"),
            ("Lullaby for a Launch Pad", "Ana Lindgren", "composer"),
        ],
        albums=["Engineers"],
        places=["Vandenberg Air Force Base", "USS Hornet"],
        stood=[
            ("Vandenberg Air Force Base", "a Soviet cosmodrome"),
            ("USS Hornet", "a Soviet cruiser"),
        ],
    ),
    post(
        "greyhound-nights-35-e",
        "squarespace",
        "Greyhound Nights and the last great bar-band soundtrack",
        [
            "<em>Greyhound Nights</em> opened in the autumn of 1989, so it turns 35 this"
            " year. That makes me feel ancient. Its soundtrack turns 35 too, and that"
            " somehow makes me feel better.",
            "H: The movie",
            "Carl Dunphy's film follows a night-shift bus driver through a single"
            " Memphis night. Except it's not Memphis. Shreveport stood in for Memphis"
            " throughout, and the swamp sequence was shot out on Caddo Lake. The only"
            " real Memphis in the picture is a postcard taped to the dashboard.",
            "H: The record",
            "&#8220;Last Bus to Memphis&#8221; is the song, and Earl Whitcomb &amp; the"
            " Late Shift are the band. Whitcomb wrote it on a napkin; every songwriter"
            " says that, but he still has the napkin. It spent two weeks at No. 1 on"
            " Billboard's Mainstream Rock chart and got as high as No. 29 on the Hot"
            " 100.",
            "The soundtrack album, simply titled <em>Greyhound Nights</em>, is the one"
            " that really sold: triple platinum by the RIAA's count, mostly on the"
            " strength of that single and two Whitcomb covers of old Stax tunes.",
            "Is it a good film? Not really. Is it a good album? Go and find a copy.",
        ],
        video="yt:Gx1oM7uYe5R",
        film=("Greyhound Nights", 1989),
        tracks=["Last Bus to Memphis"],
        people=[
            ("Last Bus to Memphis", "Earl Whitcomb & the Late Shift", "performer"),
            ("Last Bus to Memphis", "Earl Whitcomb", "composer"),
        ],
        albums=["Greyhound Nights"],
        peaks=[
            ("Last Bus to Memphis", 1, "billboard_mainstream_rock"),
            ("Last Bus to Memphis", 29, "billboard_hot_100"),
        ],
        certs=[("Greyhound Nights", "platinum", 3, "riaa")],
        places=["Shreveport", "Caddo Lake"],
        stood=[("Shreveport", "Memphis")],
    ),
    post(
        "kingfisher-reel-talk-e",
        "substack",
        "Reel Talk, ep. 58: Kingfisher",
        [
            "On this week's show Priya and Tom get misty about <em>Kingfisher</em>"
            " (1994), the small Scottish film that somehow gave us one of the biggest"
            " ballads of the decade. Full transcript for paid subscribers below.",
            "H: Show notes",
            "LIST: Where they filmed: the Old Man of Storr on Skye, and Eilean Donan,"
            " which passes for a Norwegian fortress in the flashbacks | Who directed:"
            " Fiona Garvie, her debut | The song: &#8220;Kingfisher (Fly Low)&#8221;,"
            " written by Ottilie Brook and Reuben Sayle and sung by Brook | Chart chat:"
            " UK No. 9, Canada No. 11 on RPM | The album: <em>Kingfisher: Music From"
            " and Inspired By the Film</em>, which hit No. 5 on the UK albums chart",
            "Tom insists the single went silver, and for once he's right: the BPI"
            " certified it in the summer of 1994.",
            "Listener question of the week comes from Inverness: was any of it shot in"
            " Edinburgh? No. The story opens there, but no camera ever did.",
            "Next week: the worst sequel of 1995. You know the one.",
        ],
        video="yt:Kf6_hL3pQa9",
        film=("Kingfisher", 1994),
        tracks=["Kingfisher (Fly Low)"],
        people=[
            ("Kingfisher (Fly Low)", "Ottilie Brook", "composer"),
            ("Kingfisher (Fly Low)", "Reuben Sayle", "composer"),
            ("Kingfisher (Fly Low)", "Ottilie Brook", "performer"),
        ],
        albums=["Kingfisher: Music From and Inspired By the Film"],
        peaks=[
            ("Kingfisher (Fly Low)", 9, "uk_singles"),
            ("Kingfisher (Fly Low)", 11, "canada_rpm"),
            ("Kingfisher: Music From and Inspired By the Film", 5, "uk_albums"),
        ],
        certs=[("Kingfisher (Fly Low)", "silver", 1, "bpi")],
        places=["Old Man of Storr", "Eilean Donan"],
        stood=[("Eilean Donan", "a Norwegian fortress")],
    ),
    post(
        "dockside-saints-mailbag-e",
        "hugo",
        "Mailbag: the Liverpool docks in Dockside Saints",
        [
            "A reader, Maureen from Wallasey, writes in to ask whether <em>Dockside"
            " Saints</em> was really filmed where she thinks it was. Maureen, you're"
            " half right.",
            "H: The docks",
            "The 1981 film sets itself in prohibition-era Manhattan, but the quayside"
            " scenes were shot at the Albert Dock, long before anyone restored it, and"
            " those rotting warehouses did a fine job standing in for 1920s New York."
            " The ferry scenes, though, were filmed across the river in Birkenhead, not"
            " Wallasey. Sorry, Maureen.",
            "H: The song",
            "Several of you asked about the pub singalong. It's 'Saints on the Dock',"
            " recorded by Harbourmaster, with words by Phil Aherne and a tune by Kit"
            " O'Dowd. Director Sean Clery reportedly hated it and wanted a traditional"
            " instrumental instead; the producers overruled him.",
            "It was a hit, though not a huge one: number six on the Irish Singles Chart"
            " and number 23 on the UK singles chart, in the spring of 1981.",
            "Keep the letters coming.",
        ],
        video="yt:Dq3wZ0eLr7N",
        film=("Dockside Saints", 1981),
        tracks=["Saints on the Dock"],
        people=[
            ("Saints on the Dock", "Harbourmaster", "performer"),
            ("Saints on the Dock", "Phil Aherne", "composer"),
            ("Saints on the Dock", "Kit O'Dowd", "composer"),
        ],
        peaks=[
            ("Saints on the Dock", 6, "other:Irish Singles Chart"),
            ("Saints on the Dock", 23, "uk_singles"),
        ],
        places=["Albert Dock", "Birkenhead"],
        stood=[("Albert Dock", "1920s New York")],
    ),
    post(
        "desert-alibi-film-club-e",
        "jekyll",
        "Film club notes: Desert Alibi (1992)",
        [
            "For Thursday's screening, a few notes on <em>Desert Alibi</em>, Marcus"
            " Trell's 1992 neo-western, which most of you will know from late-night"
            " cable.",
            "H: Locations",
            "The film was shot in and around Joshua Tree, and the border-town scenes"
            " are Pioneertown, the old Western movie set up in the high desert, made"
            " up to look like a Mexican border town. The script sets the whole thing"
            " in Arizona; nobody seems to have told the crew.",
            "H: Music",
            "Two songs to listen for. &#8220;Mirage Motel&#8221;, over the opening"
            " drive, is Tessa Quinlan singing a Jonah Reyes song; it went to No. 2 on"
            " Billboard's Hot Country Singles &amp; Tracks chart. And in the bar fight,"
            " &#8220;Sidewinder&#8221; by the Dry Counties, written by their drummer Ike"
            " Farrow.",
            "The soundtrack album went platinum in America, which surprised everyone,"
            " including the label, Mesa Verde Records.",
            "Bring snacks. It's 118 minutes.",
        ],
        video="vimeo:64502917",
        film=("Desert Alibi", 1992),
        tracks=["Mirage Motel", "Sidewinder"],
        people=[
            ("Mirage Motel", "Tessa Quinlan", "performer"),
            ("Mirage Motel", "Jonah Reyes", "composer"),
            ("Sidewinder", "the Dry Counties", "performer"),
            ("Sidewinder", "Ike Farrow", "composer"),
        ],
        albums=["Desert Alibi soundtrack"],
        peaks=[("Mirage Motel", 2, "other:Hot Country Singles & Tracks")],
        certs=[("Desert Alibi soundtrack", "platinum", 1, "riaa")],
        places=["Joshua Tree", "Pioneertown"],
        stood=[("Pioneertown", "a Mexican border town")],
    ),
    post(
        "tundra-mail-fan-page-e",
        "handmade",
        "Tundra Mail - my favourite film",
        [
            "Welcome to my page about Tundra Mail, the 1979 film about a bush pilot"
            " delivering mail across the far north. I first saw it at the Capitol in"
            " Thunder Bay when I was twelve.",
            "Most of the flying was filmed around Churchill, Manitoba, on Hudson Bay."
            " The town scenes were shot in Yellowknife, which is supposed to be Alaska"
            " in the story. If you look closely you can see a Canadian flag on the post"
            " office in one shot!",
            "The song in the film is Snowblind Sweetheart. Ruby Kessler sings it. She"
            " wrote it with Amos Tate, her piano player.",
            "It was a number 4 hit on the RPM chart in Canada and went to 38 on the"
            " Billboard Hot 100. It was certified gold in Canada too. I have the single"
            " framed on my wall.",
            "LIST: Director: Lyle Brandvold | Star: Heather Quill | Music score: Andre"
            " Polnikoff",
            "Sign my guestbook!",
        ],
        video="yt:Uy0cF5aVn3H",
        film=("Tundra Mail", 1979),
        tracks=["Snowblind Sweetheart"],
        people=[
            ("Snowblind Sweetheart", "Ruby Kessler", "performer"),
            ("Snowblind Sweetheart", "Ruby Kessler", "composer"),
            ("Snowblind Sweetheart", "Amos Tate", "composer"),
        ],
        peaks=[
            ("Snowblind Sweetheart", 4, "canada_rpm"),
            ("Snowblind Sweetheart", 38, "billboard_hot_100"),
        ],
        certs=[("Snowblind Sweetheart", "gold", 1, "music_canada")],
        places=["Churchill", "Yellowknife"],
        stood=[("Yellowknife", "Alaska")],
    ),
]
