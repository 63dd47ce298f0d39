"""Round 19, set AI: twenty posts by a thirty-sixth writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    post(
        "lantern-yards-rewatch-diary-ai",
        "wp_classic",
        "Rewatch diary: The Lantern Yards, fourth time round",
        [
            "<strong>Tuesday, 3 March.</strong> Rewatch number four of <em>The Lantern Yards</em>, "
            "Ray Colley's 1987 strike drama, this time off the knackered DVD because the streaming "
            "version crops the top of the cranes. Same reaction as always: I sat up when the montage "
            "started. It's embedded below if you've somehow never seen it.",
            "<strong>Wednesday, 4 March.</strong> Notes on the montage itself. Three minutes fifty, "
            "forty-one cuts (I counted twice), and not a line of dialogue. The whole thing rides on "
            "&ldquo;Iron in the Tide&rdquo; by The Hollow Pennies, which Dez Arkwright and Moira Flett "
            "wrote in a borrowed caravan outside Whitby, or so the sleeve notes claim.",
            "It did well for a song about rivets. Number nine in Britain in the spring of '87; in "
            "America it crept to 41 and stopped, which is about what you'd expect for a record with a "
            "brass band on it. The song opens side two of <em>Wharf Lights</em>, the band's second LP, "
            "and that album went gold here eventually (BPI, 1990, by which time the Pennies had "
            "already split).",
            "<strong>Thursday, 5 March.</strong> The bit everyone forgets: after the montage comes the "
            "kitchen scene, with Annie Calloway singing &ldquo;Rosalind's Coat&rdquo; on the radio. "
            "Teddy Voss wrote it for her; they'd worked together since her pub-circuit days in Hull. "
            "I'd never noticed before that the radio is tuned to the same station in the final scene.",
            "And, for the record, no, &ldquo;Slipway&rdquo; is not in the film. People keep telling me "
            "it plays over the funeral. It doesn't, in any cut I've seen, the 1987 theatrical print "
            "included. It's a B-side and it's lovely, and it is not in <em>The Lantern Yards</em>.",
            "<strong>Friday, 6 March.</strong> Location homework. The opening caption says Newcastle, "
            "1972, but not a frame was shot on the Tyne. The yard is Harland and Wolff in Belfast, "
            "dressed up as a Tyneside yard with borrowed signage, and the seafront in the last reel is "
            "Carrickfergus, standing in for the fictional Ebbmouth. Colley, who was born in "
            "Sunderland, apparently sulked about this in every interview he gave.",
            "<strong>Saturday, 7 March.</strong> Fifth rewatch pencilled in for the summer. Probably "
            "on the DVD again.",
        ],
        video="yt:Qm4vT8rLx2E",
        film=("The Lantern Yards", 1987),
        tracks=["Iron in the Tide", "Rosalind's Coat"],
        people=[
            ("Iron in the Tide", "The Hollow Pennies", "performer"),
            ("Iron in the Tide", "Dez Arkwright", "composer"),
            ("Iron in the Tide", "Moira Flett", "composer"),
            ("Rosalind's Coat", "Annie Calloway", "performer"),
            ("Rosalind's Coat", "Teddy Voss", "composer"),
        ],
        albums=["Wharf Lights"],
        peaks=[
            ("Iron in the Tide", 9, "uk_singles"),
            ("Iron in the Tide", 41, "billboard_hot_100"),
        ],
        certs=[("Wharf Lights", "gold", 1, "bpi")],
        places=["Harland and Wolff", "Carrickfergus"],
        stood=[
            ("Harland and Wolff", "a Tyneside yard"),
            ("Carrickfergus", "the fictional Ebbmouth"),
        ],
    ),
    post(
        "copper-saints-night-shift-montage-ai",
        "wp_classic",
        "Nine reasons the night-shift montage in Copper Saints is the best of the nineties",
        [
            "I've argued about this in three pubs and one wedding, so let's settle it properly. The "
            "night-shift montage in <em>Copper Saints</em> (1994) is the best montage of its decade, "
            "and here, in no particular order except the order I thought of them, is why.",
            "<strong>1. It knows when to shut up.</strong> Ninety seconds of foundry sparks before a "
            "single note. Then the synth pad comes in and you realise you've been holding your breath.",
            "<strong>2. The song.</strong> &ldquo;Halogen Hearts&rdquo; is Juno Marchetti at her most "
            "reckless. She co-wrote it with Caleb Oyelaran in, reportedly, one afternoon, and she sings "
            "it like she has a train to catch.",
            "<strong>3. The charts agreed with me (mostly).</strong> Number 22 on the Hot 100 undersells "
            "it, but it spent a month at No. 3 on Billboard's adult contemporary list and climbed all "
            "the way to number seven on the RPM chart in Canada. The RIAA certified the single platinum "
            "in 1995.",
            "<strong>4. The second song is even better, and hardly anyone mentions it.</strong> When "
            "the shift ends, the film cuts to &ldquo;Last Tram to Carlow&rdquo;, a ragged, "
            "fiddle-driven thing by The Borrowed Kings. Fintan Roe wrote it about his grandfather. It "
            "never got anywhere near the UK chart, I'm sorry to say, though the Borrowed Kings still "
            "have a cult following in Chicago for reasons nobody can explain.",
            "<strong>5. The places are real and don't pretend much.</strong> The foundry interiors were "
            "shot at the Carrie Furnaces outside Pittsburgh, made over as Garnet Falls Steel, the mill "
            "at the heart of the film's fictional Ohio town. The bridge the workers spill out across at "
            "dawn is the Smithfield Street Bridge, and nobody even bothered to disguise it.",
            "<strong>6. The editing.</strong> Mae Lindqvist cuts on the snare, then stops cutting on "
            "the snare, then starts again. It's deliberately uncomfortable and it works.",
            "<strong>7. The soundtrack album is good too.</strong> It has no title (the sleeve just "
            "says the film's name in copper foil), and it reached number 14 on the Billboard 200, "
            "which in 1994 took some doing for a film about a foundry.",
            "<strong>8. It makes you want to work a night shift.</strong> Nothing else has ever done "
            "that.",
            "<strong>9. The director hates it.</strong> Owen Fairweather told a magazine he'd cut it "
            "if he could. Thank heavens for studio notes, for once.",
        ],
        video="vimeo:318842207",
        film=("Copper Saints", 1994),
        tracks=["Halogen Hearts", "Last Tram to Carlow"],
        people=[
            ("Halogen Hearts", "Juno Marchetti", "performer"),
            ("Halogen Hearts", "Juno Marchetti", "composer"),
            ("Halogen Hearts", "Caleb Oyelaran", "composer"),
            ("Last Tram to Carlow", "The Borrowed Kings", "performer"),
            ("Last Tram to Carlow", "Fintan Roe", "composer"),
        ],
        albums=["Copper Saints soundtrack"],
        peaks=[
            ("Halogen Hearts", 22, "billboard_hot_100"),
            ("Halogen Hearts", 3, "billboard_adult_contemporary"),
            ("Halogen Hearts", 7, "canada_rpm"),
            ("Copper Saints soundtrack", 14, "billboard_200"),
        ],
        certs=[("Halogen Hearts", "platinum", 1, "riaa")],
        places=["Carrie Furnaces", "Smithfield Street Bridge"],
        stood=[("Carrie Furnaces", "Garnet Falls Steel")],
    ),
    post(
        "saltwater-parish-blu-ray-review-ai",
        "gutenberg",
        "Blu-ray review: Saltwater Parish (Harbourlight Classics)",
        [
            "Harbourlight Classics has finally given <em>Saltwater Parish</em> the disc it deserves. "
            "Hal Brisco's 1979 fishing-village melodrama spent forty years looking as if it had been "
            "filmed through a bowl of soup; the new 4K scan, struck from the original negative, "
            "reveals that it was in fact filmed through a bowl of very beautiful soup.",
            "H: The film",
            "You know the story, or you know the regatta montage, which for most people is the same "
            "thing. Brisco cuts the whole race (six boats, one capsize, a kiss on the slipway) to "
            "Marigold Ferris singing &ldquo;Cold Front Coming&rdquo;, and it's the reason the film is "
            "still talked about. Ferris wrote the song herself, on an out-of-tune piano in the "
            "production office, after Brisco played her a rough cut.",
            "It first appeared on her album <em>Tidewrack</em> that same summer. It made number twelve "
            "in the UK and, the part people forget, went all the way to No. 5 on the Kent Music Report "
            "in Australia, where the film was briefly and inexplicably a sensation. The single was "
            "certified silver in Britain.",
            "The film's other song, &ldquo;Paper Lanterns (Over the Weir)&rdquo;, plays over the wake. "
            "The Dunmore Set perform it, and the group's fiddler, Alan Pettigrew, wrote it; it has "
            "never sounded as good as it does on this disc's lossless mono track.",
            "H: Picture and sound",
            "The grain is intact, the night scenes no longer crush to black, and the harbour finally "
            "has depth. The mono is clean without being scrubbed.",
            "H: Special features",
            "LIST: Commentary by director Hal Brisco, recorded in 2004 | <em>Nets and Negatives</em>, "
            "a 24-minute featurette on the Cornish shoot | Interview with Marigold Ferris (2022), in "
            "which she admits she hates her vocal on the record | Trailer and two TV spots | Booklet "
            "essay by Nell Parrish",
            "<em>Nets and Negatives</em> is the keeper. It confirms what locals always knew: the "
            "village of Carrow Cove is Mousehole, its harbour repainted and its pub sign swapped, and "
            "the big regatta was filmed off Charlestown, whose tall-ship harbour doubles for a Breton "
            "port. Cast and crew lodged in Penzance for the whole shoot.",
            "One disappointment: the commentary mentions a demo of a third song, &ldquo;Harbour "
            "Bell&rdquo;, that was dropped before release. It isn't on the disc, and it isn't in the "
            "film.",
            "Verdict: essential. The Ferris interview alone is worth the price.",
        ],
        video="yt:Hx7pW2nLc0Q",
        film=("Saltwater Parish", 1979),
        tracks=["Cold Front Coming", "Paper Lanterns (Over the Weir)"],
        people=[
            ("Cold Front Coming", "Marigold Ferris", "performer"),
            ("Cold Front Coming", "Marigold Ferris", "composer"),
            ("Paper Lanterns (Over the Weir)", "The Dunmore Set", "performer"),
            ("Paper Lanterns (Over the Weir)", "Alan Pettigrew", "composer"),
        ],
        albums=["Tidewrack"],
        peaks=[
            ("Cold Front Coming", 12, "uk_singles"),
            ("Cold Front Coming", 5, "australia_kent"),
        ],
        certs=[("Cold Front Coming", "silver", 1, "bpi")],
        places=["Mousehole", "Charlestown"],
        stood=[("Mousehole", "Carrow Cove"), ("Charlestown", "a Breton port")],
    ),
    post(
        "northbound-daughters-restoration-bologna-ai",
        "gutenberg",
        "Festival diary: a restored Northbound Daughters lights up the Piazza",
        [
            "Day three at Il Cinema Ritrovato, and the Piazza Maggiore screening was the one everybody "
            "had been waiting for: the new restoration of <em>Northbound Daughters</em>, Wieland "
            "Hesse's 1983 road movie about two sisters driving a dead man's Mercedes from Munich to "
            "the North Sea. Three thousand people on folding chairs, a warm wind, and a print that "
            "looked newer than I feel.",
            "I'd forgotten how much of the film is music. Hesse reportedly built the whole second act "
            "around one record, &ldquo;Heatwave Radio&rdquo; by The Marlow Tangents, and when the "
            "sisters finally switch the car radio on you can feel the square lean forward.",
            "Some context for the younger critics around me, who kept asking: the song is a Gil Marlow "
            "and Petra Soames composition, and in the summer of '83 it was everywhere in West Germany, "
            "second on the Media Control singles chart and kept off the top only by a novelty record "
            "about a dachshund. In Britain it got to 18. German sales earned it a gold disc, and the "
            "LP it came from, <em>Sunstroke Static</em>, is still a fixture of secondhand bins from "
            "Hamburg to Bonn.",
            "The montage itself, the sisters' drive north with two days squeezed into four minutes, "
            "was shot nowhere near Germany. The restoration's programme notes are frank about it: the "
            "harbour where they finally reach the sea is the Molo Audace in Trieste, pretending to be "
            "Cuxhaven, and the bridge they cross early in the sequence is Ljubljana's Triple Bridge, "
            "passed off as somewhere in Bavaria. Hesse, it turns out, couldn't get permits at home.",
            "A quieter second song, &ldquo;Wintergreen&rdquo;, arrives at the very end. Elke "
            "Brandauer sings it; the words and music are Jonas Feld's. It was never a single, and I "
            "can find no sign that it charted anywhere.",
            "After the screening there was a panel in the Sala Cervi. Hesse's widow said he had "
            "wanted an electronic instrumental for the drive and was talked out of it by his editor. "
            "The editor was in the audience and took a bow.",
            "Tomorrow: a Georgian silent, and an early night.",
        ],
        video="vimeo:402913566",
        film=("Northbound Daughters", 1983),
        tracks=["Heatwave Radio", "Wintergreen"],
        people=[
            ("Heatwave Radio", "The Marlow Tangents", "performer"),
            ("Heatwave Radio", "Gil Marlow", "composer"),
            ("Heatwave Radio", "Petra Soames", "composer"),
            ("Wintergreen", "Elke Brandauer", "performer"),
            ("Wintergreen", "Jonas Feld", "composer"),
        ],
        albums=["Sunstroke Static"],
        peaks=[
            ("Heatwave Radio", 2, "germany_media_control"),
            ("Heatwave Radio", 18, "uk_singles"),
        ],
        certs=[("Heatwave Radio", "gold", 1, "bvmi")],
        places=["Molo Audace", "Triple Bridge"],
        stood=[("Molo Audace", "Cuxhaven"), ("Triple Bridge", "somewhere in Bavaria")],
    ),
    post(
        "ten-miles-of-winter-podcast-notes-ai",
        "ghost",
        "Episode 112: Ten Miles of Winter and the snowplough montage",
        [
            "This week Priya and Tom finally do the one listeners have been emailing about since "
            "episode 40: <em>Ten Miles of Winter</em>, the 1991 weepie about a snowplough driver and "
            "the widow at the end of his route. Tom cried. Priya pretended not to.",
            "Here's the montage we spend the middle half-hour on, if you want to watch along.",
            "H: Timestamps",
            "LIST: 00:00 Intro, listener mail, Tom's broken heater | 04:12 Why 1991 was the last great "
            "year for snow movies | 11:30 The montage, shot by shot | 29:45 The song, and why it was "
            "a hit | 41:10 Where it was filmed | 52:00 Recommendations",
            "H: The music",
            "The montage is scored to &ldquo;Snowblind Highway&rdquo;, sung by Corrina Vale and "
            "written by Des Okafor, who also wrote half of her second album. As we say around the "
            "half-hour mark, it went to number six on the Hot 100 and sat at the top of Billboard's "
            "adult contemporary chart for three weeks. It's a gold record in the US.",
            "The official soundtrack, <em>Ten Miles of Winter: Music from the Motion Picture</em>, "
            "was a bigger deal than either of us remembered: it peaked at No. 11 on the Billboard 200, "
            "and the RIAA certified it platinum the following spring. It also has &ldquo;Half-Light "
            "(Reprise)&rdquo;, the short instrumental that plays under the end credits, performed "
            "(confusingly) by The Cartographers themselves rather than by the film's orchestra.",
            "H: Locations",
            "Tom did his homework. The film is set in Montana, but the plough route was shot in "
            "Alberta: the long white road is the Icefields Parkway, cast as a Montana state highway, "
            "and the diner was a set built at Lake Louise that served as the town of Harrow Creek. "
            "Priya points out that the Chateau in the background of one shot gives the game away.",
            "H: Recommendations",
            "Priya: Corrina Vale's live album from 1993, which leaves out &ldquo;Snowblind "
            "Highway&rdquo; because she was sick of it. Tom: a thermos.",
            "We record in Portland. Our producer Dev, who grew up in Winnipeg, says the snow in the "
            "film is 'fine, I guess'.",
        ],
        video="yt:bT3kZr9wQvA",
        film=("Ten Miles of Winter", 1991),
        tracks=["Snowblind Highway", "Half-Light (Reprise)"],
        people=[
            ("Snowblind Highway", "Corrina Vale", "performer"),
            ("Snowblind Highway", "Des Okafor", "composer"),
            ("Half-Light (Reprise)", "The Cartographers", "performer"),
        ],
        albums=["Ten Miles of Winter: Music from the Motion Picture"],
        peaks=[
            ("Snowblind Highway", 6, "billboard_hot_100"),
            ("Snowblind Highway", 1, "billboard_adult_contemporary"),
            ("Ten Miles of Winter: Music from the Motion Picture", 11, "billboard_200"),
        ],
        certs=[
            ("Snowblind Highway", "gold", 1, "riaa"),
            (
                "Ten Miles of Winter: Music from the Motion Picture",
                "platinum",
                1,
                "riaa",
            ),
        ],
        places=["Icefields Parkway", "Lake Louise"],
        stood=[
            ("Icefields Parkway", "a Montana state highway"),
            ("Lake Louise", "the town of Harrow Creek"),
        ],
    ),
    post(
        "pinwheel-summer-laundromat-essay-ai",
        "ghost",
        "Rhythm and repetition in the laundromat montage of Pinwheel Summer",
        [
            "<em>Film Studies 204: Sound and Image. Final essay.</em>",
            "Few sequences in late-nineties British cinema are as tightly built as the laundromat "
            "montage in Niamh Carty's <em>Pinwheel Summer</em> (1998). In this essay I argue that its "
            "editing does not simply follow its music but argues with it, and that the film's two "
            "songs work as opposing voices in a dialogue about leaving home.[1]",
            "H: I. The first voice",
            "The montage opens on &ldquo;Spin Cycle Sweetheart&rdquo;, the only single by Tilly and "
            "the Turncoats, which Tilly Banerjee wrote at nineteen.[2] Its four-bar loop is matched, at "
            "first, by four-shot loops of the machines: drum, coin slot, face, drum. Carty holds the "
            "pattern for eleven repetitions before breaking it.",
            "H: II. The second voice",
            "Halfway through, Carty cross-fades into Dexter Hume's &ldquo;Go On (Go On)&rdquo;. Hume "
            "co-wrote it with Ria Castellanos, and its structure, a verse that never resolves into a "
            "chorus, is the opposite of Banerjee's.[3] The cutting slackens accordingly; shots run "
            "long, and the heroine stops looking at the machines and starts looking at the door.",
            "H: III. Conclusion",
            "The montage, then, is a dialogue in which the second voice wins. That the place itself "
            "is not quite what it claims to be[4] only sharpens the point: this is a laundromat "
            "anyone might leave.",
            "H: Notes",
            "[1] The soundtrack album, <em>Pinwheel Summer: Original Soundtrack</em>, sequences the "
            "two songs in reverse order, which I take to be a commercial rather than an artistic "
            "decision.",
            "[2] It failed to chart despite an appearance on a Saturday-morning children's show. "
            "Banerjee later worked as a session cellist.",
            "[3] Hume's record was the commercial success of the pair: it peaked at seventeen on the "
            "UK Singles Chart and thirty on the Irish Singles Chart, and the BPI certified it silver.",
            "[4] The laundromat is a real one in Cardiff's Butetown, dressed by Carty's designers as "
            "South London. The rooftop in the final shot is the Barbican Estate. Carty herself grew "
            "up in Cork, which the film never mentions.",
        ],
        video="yt:p2RfN8eYd4s",
        film=("Pinwheel Summer", 1998),
        tracks=["Spin Cycle Sweetheart", "Go On (Go On)"],
        people=[
            ("Spin Cycle Sweetheart", "Tilly and the Turncoats", "performer"),
            ("Spin Cycle Sweetheart", "Tilly Banerjee", "composer"),
            ("Go On (Go On)", "Dexter Hume", "performer"),
            ("Go On (Go On)", "Dexter Hume", "composer"),
            ("Go On (Go On)", "Ria Castellanos", "composer"),
        ],
        albums=["Pinwheel Summer: Original Soundtrack"],
        peaks=[
            ("Go On (Go On)", 17, "uk_singles"),
            ("Go On (Go On)", 30, "other:Irish Singles Chart"),
        ],
        certs=[("Go On (Go On)", "silver", 1, "bpi")],
        places=["Butetown", "Barbican Estate"],
        stood=[("Butetown", "South London")],
    ),
    post(
        "dust-devil-motel-jukebox-theory-ai",
        "blogger",
        "Theory: the jukebox in Dust Devil Motel knows who did it",
        [
            "Okay. Bear with me. I've watched <em>Dust Devil Motel</em> (1982) eleven times now and I "
            "am convinced the jukebox is the real detective in this movie.",
            "The scene above is the one everyone calls the jukebox montage: Della feeding quarters "
            "into the machine over one long night while the guests come and go in the lot. Three "
            "songs are on the selector card. Only two play.",
            "H: Song one",
            '"Coyote Moon", Ramona Steele singing a Buck Harlan song. It plays while the trucker '
            "checks in. Harlan wrote it about a motel in Tucumcari, which (theory!) is why it plays "
            "when the one guest who has stayed there before walks in.",
            "For the chart nerds: it was a real hit. It got to number 4 on Billboard's Hot Country "
            "Singles and 38 on the Hot 100. My mom had the 45.",
            "H: Song two",
            '"Cigarettes and Neon" by The Pale Ranchers, written by their singer, Eddie Loomis. It '
            "plays when the salesman goes out to his car. Listen to the lyric: 'somebody's lying in "
            "the back seat'. COME ON.",
            "H: Song three (the one that doesn't play)",
            'The card also lists "Turn the Sign to Closed", and people online swear it\'s in the '
            "film. It isn't. Della presses the button, nothing happens, the machine skips. That's the "
            "whole point! The song that would have told her is the one she never gets to hear.",
            "H: Where was it filmed?",
            "Less theory, more facts. The motel was built in the Tabernas Desert in Almería, which "
            "plays Nevada, and the road scenes were picked up in the Alabama Hills, doubling for "
            "Arizona. A Spanish desert and a Californian one, for a film set in neither.",
            "Tell me I'm wrong in the comments. Politely.",
        ],
        video="yt:Lc9xV1mTq3w",
        film=("Dust Devil Motel", 1982),
        tracks=["Coyote Moon", "Cigarettes and Neon"],
        people=[
            ("Coyote Moon", "Ramona Steele", "performer"),
            ("Coyote Moon", "Buck Harlan", "composer"),
            ("Cigarettes and Neon", "The Pale Ranchers", "performer"),
            ("Cigarettes and Neon", "Eddie Loomis", "composer"),
        ],
        peaks=[
            ("Coyote Moon", 4, "other:Billboard Hot Country Singles"),
            ("Coyote Moon", 38, "billboard_hot_100"),
        ],
        places=["Tabernas Desert", "Alabama Hills"],
        stood=[("Tabernas Desert", "Nevada"), ("Alabama Hills", "Arizona")],
    ),
    post(
        "foxglove-avenue-at-forty-ai",
        "blogger",
        "Foxglove Avenue at 40: the prom montage, revisited",
        [
            "Forty years ago this month, <em>Foxglove Avenue</em> (1984) opened on about six hundred "
            "screens and became, somehow, the prom movie of a generation. Last Friday the Egyptian "
            "Theatre ran an anniversary screening, and when the prom montage started the whole room "
            "sang along.",
            "If you've forgotten it: Jess and Marco, the gym, the balloon arch, and two songs. First "
            'comes "Satellite Kiss", Neon Parish\'s big moment, a Kit Delacroix and Sammy Hale '
            'song; then, for the slow dance, "All the Way to Tuesday", which Lorna Pike wrote and '
            "sang herself.",
            "Here's how the two did at the time, copied out of my old notebooks:",
            '<table border="1" cellpadding="4"><tr><th>Song</th><th>Chart</th><th>Peak</th></tr>'
            "<tr><td>Satellite Kiss</td><td>Billboard Hot 100</td><td>3</td></tr>"
            "<tr><td>Satellite Kiss</td><td>UK Singles</td><td>11</td></tr>"
            "<tr><td>Satellite Kiss</td><td>Canada (RPM)</td><td>2</td></tr>"
            "<tr><td>Satellite Kiss</td><td>Australia (Kent Music Report)</td><td>8</td></tr>"
            "<tr><td>All the Way to Tuesday</td><td>Billboard Hot 100</td><td>did not chart</td></tr>"
            "<tr><td>All the Way to Tuesday</td><td>Billboard Adult Contemporary</td><td>14</td></tr>"
            "</table>",
            "The Neon Parish single ended up platinum in Canada and gold in the States, and the "
            "soundtrack, <em>Foxglove Avenue (Original Motion Picture Soundtrack)</em>, got as high "
            "as number six on the Billboard 200.",
            "So where is Westbridge High? Not in the Midwest, whatever the licence plates say. The "
            "school is John Marshall High School in Los Angeles, gym and all, and the beach party "
            "afterwards was filmed at Point Fermin Park in San Pedro, got up as a lakeshore in "
            "Michigan.",
            "Director Gail Whitcombe was at the screening. She said the studio had wanted a bigger "
            "British band for the montage and she fought for Neon Parish. She won, and forty years "
            "on, so did we.",
        ],
        video="yt:Fv0sJ6aXnP8",
        film=("Foxglove Avenue", 1984),
        tracks=["Satellite Kiss", "All the Way to Tuesday"],
        people=[
            ("Satellite Kiss", "Neon Parish", "performer"),
            ("Satellite Kiss", "Kit Delacroix", "composer"),
            ("Satellite Kiss", "Sammy Hale", "composer"),
            ("All the Way to Tuesday", "Lorna Pike", "performer"),
            ("All the Way to Tuesday", "Lorna Pike", "composer"),
        ],
        albums=["Foxglove Avenue (Original Motion Picture Soundtrack)"],
        peaks=[
            ("Satellite Kiss", 3, "billboard_hot_100"),
            ("Satellite Kiss", 11, "uk_singles"),
            ("Satellite Kiss", 2, "canada_rpm"),
            ("Satellite Kiss", 8, "australia_kent"),
            ("All the Way to Tuesday", 14, "billboard_adult_contemporary"),
            (
                "Foxglove Avenue (Original Motion Picture Soundtrack)",
                6,
                "billboard_200",
            ),
        ],
        certs=[
            ("Satellite Kiss", "platinum", 1, "music_canada"),
            ("Satellite Kiss", "gold", 1, "riaa"),
        ],
        places=["John Marshall High School", "Point Fermin Park"],
        stood=[
            ("John Marshall High School", "Westbridge High"),
            ("Point Fermin Park", "a lakeshore in Michigan"),
        ],
    ),
    post(
        "ninth-ferry-commentary-notes-ai",
        "medium",
        "Notes from the director's commentary on The Ninth Ferry",
        [
            "I finally sat through Leyla Demir's commentary on <em>The Ninth Ferry</em> (2003), all "
            "118 minutes of it, with a notebook. Here are the bits about the crossing montage, lightly "
            "tidied. Quotes are hers unless marked.",
            "H: 0:41:10 The montage begins",
            "'We had one day on the water and a song I'd been carrying around for two years.' The "
            "song is &ldquo;Undertow Lullaby&rdquo;: Saskia Amari's voice, Noor Haddad's song. Demir "
            "says Haddad 'rewrote the bridge on the boat, on a napkin, seasick.'",
            "H: 0:43:30 The pier",
            "'Everyone thinks this is Tangier.' It isn't. The pier is Karaköy, on the European side "
            "of Istanbul, which she dressed as an unnamed Black Sea port. 'We covered every Turkish "
            "sign and missed one. You can see it at 0:43:52.'",
            "H: 0:45:05 The harbour",
            "The big wide shot of the ferry coming in was done in Valletta's Grand Harbour, which "
            "stands in for Alexandria. 'Malta has played everywhere. It played Alexandria for us very "
            "graciously.'",
            "H: 0:46:20 The second song",
            "As the passengers disembark, &ldquo;Gangway&rdquo; by The Tin Kettle Orchestra comes up. "
            "Demir: 'They were a busking band. We found them in Rotterdam. I paid them in beer and a "
            "credit.'",
            "H: Things she doesn't say, which I looked up",
            "The Amari song became a proper hit once the film was out: a number one in the "
            "Netherlands (on the Dutch Top 40) and number seven in the UK. It went platinum in "
            "Britain and double platinum in the Netherlands. It's also the closing track on her album "
            "<em>Low Water Mark</em>, which deserves your time.",
            "She also mentions wanting a fado for the final scene and not being able to clear it. She "
            "doesn't say which one.",
        ],
        video="vimeo:77120934",
        film=("The Ninth Ferry", 2003),
        tracks=["Undertow Lullaby", "Gangway"],
        people=[
            ("Undertow Lullaby", "Saskia Amari", "performer"),
            ("Undertow Lullaby", "Noor Haddad", "composer"),
            ("Gangway", "The Tin Kettle Orchestra", "performer"),
        ],
        albums=["Low Water Mark"],
        peaks=[
            ("Undertow Lullaby", 1, "other:Dutch Top 40"),
            ("Undertow Lullaby", 7, "uk_singles"),
        ],
        certs=[
            ("Undertow Lullaby", "platinum", 1, "bpi"),
            ("Undertow Lullaby", "platinum", 2, "other"),
        ],
        places=["Karaköy", "Grand Harbour"],
        stood=[
            ("Karaköy", "an unnamed Black Sea port"),
            ("Grand Harbour", "Alexandria"),
        ],
    ),
    post(
        "marrow-street-and-the-bus-depot-ai",
        "medium",
        "Brick by brick: on Marrow Street, my father, and a bus depot that wasn't",
        [
            "My father saw <em>Marrow Street</em> four times in the autumn of 1976, which was three "
            "more times than he saw any other film that decade. He was working nights at a tyre plant "
            "in Dayton then, and I think the film's long montage, a man walking home from a night "
            "shift through a city that is just waking up, was the closest anyone in Hollywood had come "
            "to showing him his own life.",
            "I watched it again last week, on a laptop, which is not how it should be watched. The "
            "montage still works. It runs three and a half minutes and begins, as you can hear above, "
            "with a single tambourine.",
            "The tambourine belongs to &ldquo;Brick by Brick by Brick&rdquo;, by Otis Crane and the "
            "Vespers. Crane co-wrote it with Harriet Bloom, a staff writer at Bellhaven Records, who "
            "by her own account wrote the chorus in the lift on the way up to the session. My father "
            "bought the single at Woolworth's. It climbed to fifteen on the Billboard Hot 100 and to "
            "four on what Billboard then called Hot Soul Singles.",
            "That song is on the Vespers' only album, <em>Vespers Rising</em>. The RIAA certified the "
            "album gold in 1978, by which point the band had already broken up over, of all things, "
            "a van.",
            "Here I have to digress about the bus depot. The montage ends in one, and for years I "
            "assumed it was in Newark, because the film says so. It is actually the concourse of "
            "Michigan Central Station in Detroit, hung with bus timetables and a few hired Greyhounds, "
            "impersonating the Newark depot. My father, who knew Detroit, spotted it in 1976 and "
            "nobody believed him.",
            "The rest of the walk home was shot in Philadelphia, among the awnings of the Italian "
            "Market, which the film also passes off as Newark and which looks nothing like it.",
            "And then the second song. When he gets home his daughter has the radio on, and it's "
            "&ldquo;Sundown on Marrow Street&rdquo;, the title song, sung by Lula Benn and written for "
            "the film by Royce Gaither. It didn't chart. It doesn't matter. It's the song my father "
            "whistled for the rest of his life.",
            "People sometimes tell me the montage used &ldquo;Night Bus Serenade&rdquo; in an early "
            "cut. Maybe it did; I've never seen that cut, and it isn't in the film anyone can watch "
            "today.",
            "My father died in 2011. I still have his copy of the single. The B-side is an "
            "instrumental of the same song, which is about as much as a B-side can ever hope to do.",
        ],
        video="yt:Zr5uY0kPq7M",
        film=("Marrow Street", 1976),
        tracks=["Brick by Brick by Brick", "Sundown on Marrow Street"],
        people=[
            ("Brick by Brick by Brick", "Otis Crane and the Vespers", "performer"),
            ("Brick by Brick by Brick", "Otis Crane", "composer"),
            ("Brick by Brick by Brick", "Harriet Bloom", "composer"),
            ("Sundown on Marrow Street", "Lula Benn", "performer"),
            ("Sundown on Marrow Street", "Royce Gaither", "composer"),
        ],
        albums=["Vespers Rising"],
        peaks=[
            ("Brick by Brick by Brick", 15, "billboard_hot_100"),
            ("Brick by Brick by Brick", 4, "other:Billboard Hot Soul Singles"),
        ],
        certs=[("Vespers Rising", "gold", 1, "riaa")],
        places=["Michigan Central Station", "Italian Market"],
        stood=[
            ("Michigan Central Station", "the Newark depot"),
            ("Italian Market", "Newark"),
        ],
    ),
    post(
        "lowtide-ballroom-programme-note-ai",
        "squarespace",
        "Lowtide Ballroom (1969): 35mm, Saturday 14 June",
        [
            "<strong>Saturday 14 June, 8.30pm. 35mm print courtesy of the BFI National Archive. "
            "104 min. Cert PG.</strong>",
            "Part of our season <em>The Last Resorts: Cinema at the Seaside</em>. Maud Kessler's "
            "<em>Lowtide Ballroom</em> is a comedy about a dance hall's final summer that turns, in "
            "its last twenty minutes, into something much sadder. Kessler, Vienna-born and "
            "London-trained, made only three features; this is the one people still programme.",
            "Its centrepiece is the closing-night montage, in which the regulars dance through the "
            "small hours while the staff quietly pack up around them. The music is &ldquo;Marguerite, "
            "Don't Go&rdquo; by The Silver Larks, a husband-and-wife composition by Ted and Nora "
            "Gillam, and it spent four weeks at the top of the British singles chart that autumn. "
            "American audiences were less moved: on the Billboard Hot 100 it managed only No. 27.",
            "The tea-dance scene earlier in the film has a second song, &ldquo;Sea Glass&rdquo;, which "
            "Beryl Oxley sings on camera as the ballroom's resident vocalist.",
            "The ballroom itself is Blackpool's Tower Ballroom, doing duty as the Lowtide of the "
            "title, a fictional dance hall on the Welsh coast; the hotel exteriors were filmed at the "
            "Midland Hotel in Morecambe. Kessler's earlier film, shot in Brighton, screens on 21 June.",
            "Introduced by our programmer, Josie Allard. Tickets &pound;9 / &pound;7 concessions. "
            "The bar opens at 7pm.",
        ],
        video="vimeo:264410983",
        film=("Lowtide Ballroom", 1969),
        tracks=["Marguerite, Don't Go", "Sea Glass"],
        people=[
            ("Marguerite, Don't Go", "The Silver Larks", "performer"),
            ("Marguerite, Don't Go", "Ted Gillam", "composer"),
            ("Marguerite, Don't Go", "Nora Gillam", "composer"),
            ("Sea Glass", "Beryl Oxley", "performer"),
        ],
        peaks=[
            ("Marguerite, Don't Go", 1, "uk_singles"),
            ("Marguerite, Don't Go", 27, "billboard_hot_100"),
        ],
        places=["Tower Ballroom", "Midland Hotel"],
        stood=[("Tower Ballroom", "the Lowtide")],
    ),
    post(
        "velocity-rose-capsule-ai",
        "squarespace",
        "Velocity Rose: capsule",
        [
            "<strong>Velocity Rose</strong> (2009). Dir. Tomasz Brill. 97 min. Two and a half stars.",
            "Skip the plot. Watch the bridge montage, then leave.",
            "Music: &ldquo;Ctrl Alt Heart&rdquo;, Lumen Bay. Writers: Ada Kessling, Rune Holt. Later, "
            "the better song: &ldquo;Overpass (Don't Look Down)&rdquo; by Kiko Hasegawa, writing "
            "credit hers alone.",
            "&ldquo;Overpass&rdquo; was a hit in Australia. Number 9 there on the ARIA Singles Chart, "
            "certified gold by ARIA. Did nothing in America.",
            "Soundtrack album (untitled, just the poster on the cover): No. 3 on Billboard's "
            "Soundtracks chart.",
            "Locations: Rotterdam's Erasmus Bridge as 'the City', nameless and futuristic. The car "
            "chase was shot out on the Maasvlakte. Set in 2049, apparently.",
        ],
        video="vimeo:19385520",
        film=("Velocity Rose", 2009),
        tracks=["Ctrl Alt Heart", "Overpass (Don't Look Down)"],
        people=[
            ("Ctrl Alt Heart", "Lumen Bay", "performer"),
            ("Ctrl Alt Heart", "Ada Kessling", "composer"),
            ("Ctrl Alt Heart", "Rune Holt", "composer"),
            ("Overpass (Don't Look Down)", "Kiko Hasegawa", "performer"),
            ("Overpass (Don't Look Down)", "Kiko Hasegawa", "composer"),
        ],
        albums=["Velocity Rose soundtrack"],
        peaks=[
            ("Overpass (Don't Look Down)", 9, "other:ARIA Singles Chart"),
            ("Velocity Rose soundtrack", 3, "billboard_soundtracks"),
        ],
        certs=[("Overpass (Don't Look Down)", "gold", 1, "aria")],
        places=["Erasmus Bridge", "Maasvlakte"],
        stood=[("Erasmus Bridge", "the City")],
    ),
    post(
        "cinder-lake-drive-in-newsletter-ai",
        "substack",
        "This week: last night at the Cinder Lake Drive-In",
        [
            "Hello from a very cold Kingston, where I'm typing this in gloves. This week's montage is "
            "the one you've asked for more than any other: the closing-night sequence from "
            "<em>Cinder Lake Drive-In</em> (1977).",
            "Quick recap for newcomers: it's Labour Day, the drive-in is closing for good, and the "
            "projectionist runs every reel he has left, out of order, while the cars honk. Over all "
            "of it plays &ldquo;Summer of the Static&rdquo;.",
            "That song! Danny Ferro sang it, and he wrote it with Joan Ellery, who went on to write "
            "half the jingles on Canadian radio. It was a monster up here, number one on RPM for three "
            "weeks and a gold record from what was then the CRIA (Music Canada, these days). Down "
            "south it topped out at 12 on the Hot 100; in Australia the Kent chart had it at 19.",
            "There's a second song, very briefly, from a car radio in the last shot: &ldquo;Drive-In "
            "Sweetheart (Part II)&rdquo; by The Lakeside Ramblers. Most people miss it. Part one, "
            "oddly, isn't in the film at all.",
            "Where: the film says Minnesota, but it's Ontario through and through. The drive-in was a "
            "real one outside Orillia, made to look like a Minnesota lake town, and the water at dawn "
            "in the final shots is Lake Couchiching.",
            "Reply and tell me your drive-in stories. Next week: a training montage, by popular "
            "demand.",
        ],
        video="yt:Kd2sWq8Hn4U",
        film=("Cinder Lake Drive-In", 1977),
        tracks=["Summer of the Static", "Drive-In Sweetheart (Part II)"],
        people=[
            ("Summer of the Static", "Danny Ferro", "performer"),
            ("Summer of the Static", "Danny Ferro", "composer"),
            ("Summer of the Static", "Joan Ellery", "composer"),
            ("Drive-In Sweetheart (Part II)", "The Lakeside Ramblers", "performer"),
        ],
        peaks=[
            ("Summer of the Static", 1, "canada_rpm"),
            ("Summer of the Static", 12, "billboard_hot_100"),
            ("Summer of the Static", 19, "australia_kent"),
        ],
        certs=[("Summer of the Static", "gold", 1, "music_canada")],
        places=["Orillia", "Lake Couchiching"],
        stood=[("Orillia", "a Minnesota lake town")],
    ),
    post(
        "understudys-waltz-mailbag-ai",
        "substack",
        "Mailbag: that rehearsal montage, and whether it's really Paris",
        [
            "Hannah from Leeds writes: <em>'Is the opera house in The Understudy's Waltz really the "
            "Paris Opéra? And who sings the song?'</em> Good questions, Hannah. No, and Imelda Cruz.",
            "The clip is the rehearsal montage from the 1999 film <em>The Understudy's Waltz</em>: "
            "the understudy learning the part over six weeks, in the wings, in her bedsit, on the "
            "night bus.",
            "The song is &ldquo;Borrowed Gowns&rdquo;. Cruz wrote it with Ben Atwater, her long-time "
            "producer, and it's also the title track of her album of that year, <em>Borrowed "
            "Gowns</em>.",
            "Chart-wise it was modest in Britain, climbing no higher than twenty-three, but it "
            "lingered for months and the BPI eventually gave it a silver disc. Irish radio ignored it "
            "entirely; it never made the Irish chart.",
            "As for Paris: the opera house is the Hungarian State Opera House in Budapest, standing "
            "in for the Paris Opéra, and convincing enough if you don't look at the ceiling. And the "
            "station where she finally gets the call? Keleti railway station, also in Budapest, "
            "playing the Gare du Nord.",
            "Keep the questions coming.",
        ],
        video="yt:Wn3cR7uLp0E",
        film=("The Understudy's Waltz", 1999),
        tracks=["Borrowed Gowns"],
        people=[
            ("Borrowed Gowns", "Imelda Cruz", "performer"),
            ("Borrowed Gowns", "Imelda Cruz", "composer"),
            ("Borrowed Gowns", "Ben Atwater", "composer"),
        ],
        albums=["Borrowed Gowns"],
        peaks=[("Borrowed Gowns", 23, "uk_singles")],
        certs=[("Borrowed Gowns", "silver", 1, "bpi")],
        places=["Hungarian State Opera House", "Keleti railway station"],
        stood=[
            ("Hungarian State Opera House", "the Paris Opéra"),
            ("Keleti railway station", "the Gare du Nord"),
        ],
    ),
    post(
        "kestrel-road-scene-breakdown-ai",
        "hugo",
        "Scene breakdown: the canyon drive in Kestrel Road",
        [
            "Part of an occasional series in which I take one sequence apart shot by shot. This time: "
            "the canyon drive from <em>Kestrel Road</em>, the 1973 road movie nobody saw on release "
            "and everybody saw on late-night TV.",
            "H: The shots",
            "LIST: 1. Wide: the pickup crests a ridge (4 sec) | 2. Close: Cal's hands on the wheel "
            "(2 sec) | 3. Insert: the tailgate rattling (1 sec) | 4. Aerial: the road snaking into red "
            "rock (11 sec) | 5. Two-shot: the brothers not talking (6 sec)",
            "And so on for another thirty-one shots; the full list is in the spreadsheet linked at the "
            "end of the series.",
            "H: The music",
            "Under the whole thing: &ldquo;Gravel and Grace&rdquo;, which Wynn Dalby wrote and "
            "recorded with a pickup band in a single afternoon. It's in the key of the engine, more "
            "or less. Then, when the tailgate finally falls off (shot 31), the song cuts out and we "
            "get a burst of &ldquo;Ode to a Broken Tailgate&rdquo; from The Foghorn Brothers, "
            "written by the elder of the two, Amos Pruitt.",
            "How the Dalby record did: eleventh on the Hot 100, eighth on the Cash Box Top 100, and "
            "fifth in Canada on RPM. The companion LP, <em>Kestrel Road: Songs from the Film</em>, "
            "picked up an RIAA gold certification in 1974.",
            "H: The locations",
            "The aerials in shots 4 and 12 are Dead Horse Point in Utah, substituting for the rim of "
            "the Grand Canyon. The gas station (shots 20 to 26) was a real one in Moab, rented for two "
            "days and passed off as New Mexico.",
            "Next in the series: the diner scene from the same film.",
        ],
        video="yt:Jm6eT0bVc3R",
        film=("Kestrel Road", 1973),
        tracks=["Gravel and Grace", "Ode to a Broken Tailgate"],
        people=[
            ("Gravel and Grace", "Wynn Dalby", "performer"),
            ("Gravel and Grace", "Wynn Dalby", "composer"),
            ("Ode to a Broken Tailgate", "The Foghorn Brothers", "performer"),
            ("Ode to a Broken Tailgate", "Amos Pruitt", "composer"),
        ],
        albums=["Kestrel Road: Songs from the Film"],
        peaks=[
            ("Gravel and Grace", 11, "billboard_hot_100"),
            ("Gravel and Grace", 8, "other:Cash Box Top 100"),
            ("Gravel and Grace", 5, "canada_rpm"),
        ],
        certs=[("Kestrel Road: Songs from the Film", "gold", 1, "riaa")],
        places=["Dead Horse Point", "Moab"],
        stood=[
            ("Dead Horse Point", "the rim of the Grand Canyon"),
            ("Moab", "New Mexico"),
        ],
    ),
    post(
        "pylon-season-notes-ai",
        "hugo",
        "Pylon Season: notes on the power-line montage",
        [
            "Short one this week. <em>Pylon Season</em> (2012), an Icelandic-British co-production, "
            "mostly about electricians. The montage starts about nine minutes in.",
            "H: Song",
            "&ldquo;Copper Wire&rdquo;, Vanta Rue. Songwriters: Ines Lund and Oskar Bell. UK peak: 33. "
            "No Hot 100 entry, despite a US release.",
            "H: Album",
            "<em>Pylon Season (Music from the Film)</em>: No. 9 on Billboard's Soundtracks chart. "
            "That's the only number I could find for it.",
            "H: Where",
            "The power station is the real one at Hellisheiði, east of Reykjavík, doubling for a "
            "Soviet research base. The pylons marching across the lava were filmed on the Reykjanes "
            "peninsula.",
            "H: Verdict",
            "Good montage. Forgettable film.",
        ],
        video="vimeo:52810447",
        film=("Pylon Season", 2012),
        tracks=["Copper Wire"],
        people=[
            ("Copper Wire", "Vanta Rue", "performer"),
            ("Copper Wire", "Ines Lund", "composer"),
            ("Copper Wire", "Oskar Bell", "composer"),
        ],
        albums=["Pylon Season (Music from the Film)"],
        peaks=[
            ("Copper Wire", 33, "uk_singles"),
            ("Pylon Season (Music from the Film)", 9, "billboard_soundtracks"),
        ],
        places=["Hellisheiði", "Reykjanes peninsula"],
        stood=[("Hellisheiði", "a Soviet research base")],
    ),
    post(
        "orchard-of-small-hours-music-supervisor-ai",
        "jekyll",
        "'We needed a song about hay fever': the music supervisor of Orchard of Small Hours",
        [
            "Bridget Onwuka was twenty-six when she supervised the music on <em>Orchard of Small "
            "Hours</em> (1989), her first film. We spoke on the phone about the garden montage, which "
            "she still calls 'the pollen sequence'.",
            "<strong>How did the montage start?</strong>",
            "'With a song about hay fever, honestly. The director wanted the garden to feel like an "
            "allergy. Graham Tully had written this ridiculous, gorgeous thing called &ldquo;Pollen "
            "Count&rdquo; for his band, The Whistling Aldermen, and it was exactly right.'",
            "<strong>It was a big hit, wasn't it?</strong>",
            "'Bigger than anyone expected. Number six in the UK, and in New Zealand it was number one "
            "on the singles chart for a month; we never understood that. It went gold in Britain, "
            "too.'",
            "<strong>And the French song?</strong>",
            "'&ldquo;Morning, Mrs. Abernathy&rdquo;. Jean Lamarque sang it, and he wrote it with Odile "
            "Serre. We used it for the dawn shots, when the old woman walks the rows. It went gold in "
            "France afterwards, a SNEP gold, which is still the only French certification on my "
            "wall.'",
            "<strong>Where was the garden?</strong>",
            "'Sissinghurst Castle Garden, in Kent, which played the Abernathy estate. The glasshouse "
            "scenes were at Kew, in the Temperate House, which stood in for the estate's orangery. "
            "I spent the shoot in a B&amp;B in Tunbridge Wells, sneezing.'",
            "<strong>Anything you wish you'd used?</strong>",
            "'There's another Tully song, &ldquo;Greenfly&rdquo;, that everyone assumes is in the "
            "film because it was the B-side of the single. It was cut. It's not in there.'",
            "Onwuka now teaches music supervision at a film school in Glasgow.",
        ],
        video="yt:Tq5nG8wEz1K",
        film=("Orchard of Small Hours", 1989),
        tracks=["Pollen Count", "Morning, Mrs. Abernathy"],
        people=[
            ("Pollen Count", "The Whistling Aldermen", "performer"),
            ("Pollen Count", "Graham Tully", "composer"),
            ("Morning, Mrs. Abernathy", "Jean Lamarque", "performer"),
            ("Morning, Mrs. Abernathy", "Jean Lamarque", "composer"),
            ("Morning, Mrs. Abernathy", "Odile Serre", "composer"),
        ],
        peaks=[
            ("Pollen Count", 6, "uk_singles"),
            ("Pollen Count", 1, "other:New Zealand singles chart"),
        ],
        certs=[
            ("Pollen Count", "gold", 1, "bpi"),
            ("Morning, Mrs. Abernathy", "gold", 1, "snep"),
        ],
        places=["Sissinghurst Castle Garden", "Temperate House"],
        stood=[
            ("Sissinghurst Castle Garden", "the Abernathy estate"),
            ("Temperate House", "the estate's orangery"),
        ],
    ),
    post(
        "quicksilver-dominoes-4k-review-ai",
        "jekyll",
        "4K UHD review: Quicksilver Dominoes",
        [
            "<em>Quicksilver Dominoes</em> (1985) is a silly film about a casino heist pulled off "
            "entirely through a domino tournament, and it is one of my favourite things in the world. "
            "Ferrand Pictures' new 4K disc, out this month, is the best it has ever looked.",
            "H: The montage",
            "The practice montage (our heroes learning to cheat at dominoes in a motel room, a "
            "laundromat and a church hall) is the reason most of you are reading this. The song is "
            "&ldquo;Double Six&rdquo;: Rex Calder sings, and he and Mimi Ostrow share the writing "
            "credit. It went to No. 2 on Billboard's Mainstream Rock chart and No. 19 on the Hot 100.",
            "The second, sillier number, &ldquo;Boneyard Shuffle&rdquo;, heard during the tournament "
            "itself, is by The Spotted Tiles, a bar band from Atlantic City who were cast as the house "
            "band and never recorded again.",
            "Both tracks are on <em>Quicksilver Dominoes: Original Soundtrack</em>, which reached "
            "number twenty-two on the Billboard 200 and has since been certified double platinum by "
            "the RIAA.",
            "H: Locations",
            "The casino is the Steel Pier in Atlantic City, dressed as downtown Reno; the villain's "
            "mansion (a scenery-chewing Ned Arliss) is the Bishop's Palace in Galveston, which the "
            "film calls Havana. It's a flashback. Don't ask.",
            "H: Extras",
            "LIST: New commentary by critics Lou Varga and Pam Ito | <em>Stacking the Bones</em>, a "
            "31-minute making-of | Isolated music track | Rex Calder's promo video for &ldquo;Double "
            "Six&rdquo; | Original trailer",
            "A disc to buy twice.",
        ],
        video="vimeo:88003417",
        film=("Quicksilver Dominoes", 1985),
        tracks=["Double Six", "Boneyard Shuffle"],
        people=[
            ("Double Six", "Rex Calder", "performer"),
            ("Double Six", "Rex Calder", "composer"),
            ("Double Six", "Mimi Ostrow", "composer"),
            ("Boneyard Shuffle", "The Spotted Tiles", "performer"),
        ],
        albums=["Quicksilver Dominoes: Original Soundtrack"],
        peaks=[
            ("Double Six", 2, "billboard_mainstream_rock"),
            ("Double Six", 19, "billboard_hot_100"),
            ("Quicksilver Dominoes: Original Soundtrack", 22, "billboard_200"),
        ],
        certs=[("Quicksilver Dominoes: Original Soundtrack", "platinum", 2, "riaa")],
        places=["Steel Pier", "Bishop's Palace"],
        stood=[("Steel Pier", "downtown Reno"), ("Bishop's Palace", "Havana")],
    ),
    post(
        "arcade-kids-forever-fan-page-ai",
        "handmade",
        "ARCADE KIDS FOREVER - the montage page",
        [
            "Welcome to my page about the best scene in the best movie of 1983!! <em>Arcade Kids "
            "Forever</em> is about four kids who save their arcade from being turned into a parking "
            "lot, and the MONTAGE where they practice for the big tournament is the greatest thing "
            "ever filmed. You can watch it at the link at the bottom.",
            "The song in the montage is <b>High Score Heart</b> sung by Polly Zane. Larry Fitch wrote "
            "it with Polly. I have the 12 inch!!",
            "Later on, when they finally beat the high score, you hear <b>Insert Coin (To "
            "Continue)</b> by Joystick Jubilee. That one is short.",
            "Here is how High Score Heart did on the charts (I looked these up at the library):",
            '<table border="1"><tr><td><b>Chart</b></td><td><b>Highest</b></td></tr>'
            "<tr><td>Billboard Hot 100 (USA)</td><td>#7</td></tr>"
            "<tr><td>UK Singles</td><td>#16</td></tr>"
            "<tr><td>RPM (Canada)</td><td>#4</td></tr>"
            "<tr><td>Kent Music Report (Australia)</td><td>#3</td></tr>"
            "<tr><td>Media Control (West Germany)</td><td>#25</td></tr></table>",
            "It went GOLD in America!!! The RIAA gave Polly a gold record and she showed it on TV.",
            "The arcade is really Playland in Rye, New York, but in the movie it's supposed to be "
            "Coney Island. The parking lot scene at the end was filmed at Jones Beach. I went to Coney "
            "Island in 1991 and it looks nothing like it.",
            "LIST: Best character: Spud | Best line: 'Insert coin, loser' | Best song: High Score "
            "Heart, obviously",
            "Sign my guestbook! Last updated March 1999.",
        ],
        video="yt:Ar7cD3kYf9N",
        film=("Arcade Kids Forever", 1983),
        tracks=["High Score Heart", "Insert Coin (To Continue)"],
        people=[
            ("High Score Heart", "Polly Zane", "performer"),
            ("High Score Heart", "Polly Zane", "composer"),
            ("High Score Heart", "Larry Fitch", "composer"),
            ("Insert Coin (To Continue)", "Joystick Jubilee", "performer"),
        ],
        peaks=[
            ("High Score Heart", 7, "billboard_hot_100"),
            ("High Score Heart", 16, "uk_singles"),
            ("High Score Heart", 4, "canada_rpm"),
            ("High Score Heart", 3, "australia_kent"),
            ("High Score Heart", 25, "germany_media_control"),
        ],
        certs=[("High Score Heart", "gold", 1, "riaa")],
        places=["Playland", "Jones Beach"],
        stood=[("Playland", "Coney Island")],
    ),
    post(
        "bellwether-girls-extra-memories-ai",
        "handmade",
        "I was an extra in The Bellwether Girls (1995)",
        [
            "Twenty-five years ago I spent three wet weeks as an extra on <em>The Bellwether "
            "Girls</em>, and I have finally typed up my memories. If you're here for the montage, "
            "it's linked at the bottom.",
            "The montage is the one where the three sisters repaint the lighthouse. It's set to "
            "&quot;Weathervane&quot; by Orla Nightingale; she wrote it with P&aacute;draig Munnelly, "
            "who was on set most days playing cards with the sparks. It was the first track on her "
            "album <i>Salt on the Glass</i>.",
            "None of us knew it would be a hit. It was: fourth in the UK, a number one in Ireland, "
            "number nine in Germany. Platinum in the UK, gold in Germany, and I'm told it went gold "
            "in Switzerland too (the IFPI certifies there).",
            "The other song, when the girls dance in the kitchen, is &quot;Tin Roof Symphony&quot; "
            "by The Rainmakers Union. That's the scene I'm in the background of. Second from the "
            "left, red coat.",
            "Where we filmed: the island is Inis Me&aacute;in, playing the fictional island of "
            "Carrigeen. The harbour scene that opens the film was shot at D&uacute;n Laoghaire, "
            "standing in for Boston harbour (the girls' father emigrated, in the story). The crew were "
            "based in Galway and we took the ferry out every morning from Rossaveal.",
            "LIST: Pay: forty pounds a day | Lunch: soup, every day | Weather: yes",
            "People ask if the lighthouse is real. It is a real lighthouse, but I've never found out "
            "which one, and the production never said.",
        ],
        video="vimeo:11487290",
        film=("The Bellwether Girls", 1995),
        tracks=["Weathervane", "Tin Roof Symphony"],
        people=[
            ("Weathervane", "Orla Nightingale", "performer"),
            ("Weathervane", "Orla Nightingale", "composer"),
            ("Weathervane", "Pádraig Munnelly", "composer"),
            ("Tin Roof Symphony", "The Rainmakers Union", "performer"),
        ],
        albums=["Salt on the Glass"],
        peaks=[
            ("Weathervane", 4, "uk_singles"),
            ("Weathervane", 1, "other:Irish Singles Chart"),
            ("Weathervane", 9, "germany_media_control"),
        ],
        certs=[
            ("Weathervane", "platinum", 1, "bpi"),
            ("Weathervane", "gold", 1, "bvmi"),
            ("Weathervane", "gold", 1, "ifpi"),
        ],
        places=["Inis Meáin", "Dún Laoghaire"],
        stood=[
            ("Inis Meáin", "the fictional island of Carrigeen"),
            ("Dún Laoghaire", "Boston harbour"),
        ],
    ),
]
