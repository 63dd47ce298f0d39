"""Round 24, set AT: twenty posts by a forty-seventh writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    # 1. An online record shop's product page (Yorkshire, British spelling).
    post(
        "glasshouse-summer-soundtrack-lp-at",
        "wp_classic",
        "Music from The Glasshouse Summer – 180g Green Vinyl LP (Heliotrope Reissues)",
        [
            "<strong>£27.99</strong> &middot; In stock &middot; Dispatched within 1–2 working days "
            "from our Leeds shop &middot; Free UK delivery over £40",
            "At last. The soundtrack half our regulars have been pestering us about since we opened "
            "in 2009 is back in print, and it has honestly never looked better. <em>Music from The "
            "Glasshouse Summer</em> puts Ines Marchbank's hothouse score alongside the songs The "
            "Vellum Kites cut for the 1983 film, and Heliotrope have pressed the lot on translucent "
            "green vinyl that looks, frankly, like a cucumber frame in August.",
            "If you remember one thing about the film it'll be the montage: Rosalind Bright and a "
            "very young Toby Asquith putting a derelict Victorian glasshouse back together pane by "
            "pane, a whole summer squeezed into four minutes, while “Paper Lanterns” swells "
            "underneath. None of that was a studio set. Director Cressida Vane talked her way into "
            "the Temperate House at Kew for a fortnight of early mornings, and the little seaside "
            "coda where they wash the last of the whitewash off their hands was filmed on the "
            "shingle at Whitstable. (The story is supposed to be happening somewhere in Norfolk. "
            "Nobody has ever minded.)",
            "H: What's in the box",
            "LIST: 1 &#215; 180g translucent green LP in a heavy gatefold sleeve | Printed inner "
            "sleeve reproducing Marchbank's handwritten cue sheet | A2 fold-out poster of the "
            "original quad artwork | Download card (WAV + MP3) | Obi strip, because why not",
            "H: Tracklist highlights",
            "LIST: A1 Paper Lanterns | A3 Whitewash the Panes | B1 Cold Frame Waltz | B4 Kew "
            "Light (Main Title)",
            "A1 and A3 are the band's: both were written by singer Dot Harrowgate and guitarist "
            "Len Abery in a rehearsal room above a chip shop in Hebden Bridge, where the Kites "
            "were from. The B-side cues are Marchbank's own compositions, recorded with a string "
            "sextet and one very patient harmonium.",
            "H: For the chart anoraks",
            "Back in the autumn of '83 “Paper Lanterns” climbed as high as number 9 on the UK "
            "singles chart, and it even sneaked onto the American Hot 100, topping out at 31 – "
            "not bad for four lads and a lass from the Calder Valley. The LP stalled at 14 on the "
            "albums chart but hung about long enough to be certified gold by the BPI the following "
            "spring. This is its first time on vinyl since 1991.",
            "H: Customer reviews",
            "★★★★★ “Bought two. One to play, one to stare at.” – Margaret, Ilkley",
            "★★★★☆ “Lovely quiet pressing. Poster arrived with a crease in it, hence four stars.” "
            "– Dev, Croydon",
            "<small>Format: LP &middot; Label: Heliotrope Reissues &middot; Cat. no. HELIO-041 "
            "&middot; Remastered from the original quarter-inch tapes at Abbey Road by Sam Pettigrew. "
            "Limited to 2,000 copies; one per customer, please.</small>",
        ],
        video="yt:Qe7vLm2XkPa",
        film=("The Glasshouse Summer", 1983),
        tracks=[
            "Paper Lanterns",
            "Whitewash the Panes",
            "Cold Frame Waltz",
            "Kew Light (Main Title)",
        ],
        people=[
            ("Paper Lanterns", "The Vellum Kites", "performer"),
            ("Paper Lanterns", "Dot Harrowgate", "composer"),
            ("Paper Lanterns", "Len Abery", "composer"),
            ("Whitewash the Panes", "The Vellum Kites", "performer"),
            ("Whitewash the Panes", "Dot Harrowgate", "composer"),
            ("Whitewash the Panes", "Len Abery", "composer"),
            ("Cold Frame Waltz", "Ines Marchbank", "composer"),
            ("Kew Light (Main Title)", "Ines Marchbank", "composer"),
        ],
        albums=["Music from The Glasshouse Summer"],
        peaks=[
            ("Paper Lanterns", 9, "uk_singles"),
            ("Paper Lanterns", 31, "billboard_hot_100"),
            ("Music from The Glasshouse Summer", 14, "uk_albums"),
        ],
        certs=[("Music from The Glasshouse Summer", "gold", 1, "bpi")],
        places=["Temperate House", "Whitstable"],
    ),
    # 2. A streaming service's playlist blurb (American, sparse).
    post(
        "breakwater-kids-montage-playlist-at",
        "gutenberg",
        "Playlist: Breakwater Kids — Shape the Board Mix",
        [
            "45 songs &middot; 2 hr 51 min &middot; Curated by the Editors &middot; Updated every Friday",
            "Wax the board. Zip up the neon spring suit. Rewind the VHS to the good part. This "
            "mix is built around one scene from <em>Breakwater Kids</em> (1987), the little surf "
            "movie that somehow became a sleepover staple for an entire generation, and it keeps "
            "that feeling going for almost three hours.",
            "The anchor track? “Salt in the Amp” by Dunmore Static, obviously. It's the song "
            "playing while Mikey and Dee turn a busted closet door into a longboard in roughly "
            "the time it takes to get through two choruses: sawdust, fiberglass, a garage radio, "
            "a dog that keeps stealing the sandpaper. Peak 1987. Peak montage.",
            "A few things you might not know, while it plays:",
            "LIST: Dunmore Static came out of Bakersfield, which is about as far from a wave as "
            "California gets. | The studio wanted a different song for the scene — “Highway "
            "Sunday,” by a hair-metal act we won't name — and director Paulo Reyes fought them "
            "for six weeks to keep this one. | It never made the Billboard Hot 100. Their label "
            "folded the same month the movie opened. | Australian surfers adopted it anyway, and "
            "it climbed to No. 22 on the Kent Music Report in early 1988.",
            "We've also tucked the movie's closing-credits song, “Undertow Love” by Carla Deems, "
            "in at track 45, so the mix ends the way the film does: sunset, freeze frame, roll "
            "credits. Everything in between is a deep dive into the late-'80s surf-rock revival — "
            "jangly guitars, gated drums, a lot of songs about parking lots — plus a couple of "
            "newer bands who are very clearly still chasing that sound.",
            "Like what you hear? Tap the heart to save it to your library, and turn on Smart "
            "Shuffle if you'd rather we kept it going after track 45. New additions land every "
            "Friday, and if there's a Breakwater-adjacent gem we've missed, you know where our "
            "DMs are.",
            "<em>Listening on the free tier? You'll hear this one on shuffle with ads. Premium "
            "listeners get it in order, offline, with no interruptions. First month's on us.</em>",
        ],
        video="yt:x3RfT0bW9sE",
        film=("Breakwater Kids", 1987),
        tracks=["Salt in the Amp", "Undertow Love"],
        people=[
            ("Salt in the Amp", "Dunmore Static", "performer"),
            ("Undertow Love", "Carla Deems", "performer"),
        ],
        peaks=[("Salt in the Amp", 22, "australia_kent")],
    ),
    # 3. A reissue label's crowdfunding page (Scottish).
    post(
        "lowland-fever-score-reissue-campaign-at",
        "ghost",
        "Back the reissue: Hamish Tullo's Lowland Fever, on vinyl for the first time in fifty years",
        [
            "<strong>£18,420 pledged</strong> of our £15,000 goal &middot; 612 backers &middot; 9 "
            "days to go. We're funded! Every pound from here goes on stretch goals.",
            "Right, hello. We're Clachan Sound, a two-person label working out of a spare room in "
            "Partick, and for three years we've been chasing the master tapes for one record: "
            "<em>Lowland Fever (Original Score)</em>, Hamish Tullo's music for the 1971 film of "
            "the same name. The tapes turned up last winter in a biscuit tin in Oban. We are "
            "not making that up.",
            "H: Why this record",
            "Tullo, a Greenock lad who spent most of his career writing jingles for Scottish "
            "Television, only ever scored one feature, and he poured everything into it. The "
            "centrepiece is the ferry montage, the stretch of the film where Iain and Kirsty "
            "cross back and forth to Skye as the seasons turn over, and it runs on one song: "
            "“Kyle of Longing”, with Tullo's tune and words, sung by Morag Deas in a voice like "
            "cold water. When the LP first came out it scraped to number 38 on the UK albums "
            "chart in the spring of 1972 — then vanished, and has changed hands for silly money "
            "ever since.",
            "The rest of the score is just as good. “Murn by Moonlight”, Tullo's slow "
            "organ-and-clarsach piece, plays under the night scenes, and the ceilidh sequence "
            "has Alasdair Munro fiddling “The Drovers' Reel”, a traditional tune Tullo "
            "arranged but (as he was always careful to say) did not write.",
            "H: Where it was made",
            "Although the story is set in Sutherland, almost none of it was shot there. The "
            "crew based themselves in Plockton; the ferry scenes were filmed on the slipway at "
            "Kyle of Lochalsh; and Eilean Donan Castle played the fictional Castle Murn, seat of "
            "the laird who owns everything in the film including, apparently, the weather. "
            "Interiors were done across the water at Ardmore Studios in Bray. Our test pressing "
            "sleeve uses a still of the castle we found in the same biscuit tin.",
            "H: Rewards",
            "LIST: £12 — digital album (FLAC, MP3) | £28 — black 180g LP + download | £40 — "
            "limited “heather mist” LP, numbered, + download | £65 — heather mist LP + A3 print "
            "of the castle still, signed by Morag Deas | £150 — one of 25 test pressings, "
            "hand-numbered, with a thank-you in the liner notes",
            "H: Stretch goals",
            "At £20,000 we'll add the unreleased demo of the title cue; at £25,000, a 7-inch of "
            "“Kyle of Longing” with an interview with Morag on the flip. Thank you, honestly. "
            "Wee labels like ours only exist because of people like you.",
        ],
        video="vimeo:418830265",
        film=("Lowland Fever", 1971),
        tracks=["Kyle of Longing", "Murn by Moonlight", "The Drovers' Reel"],
        people=[
            ("Kyle of Longing", "Morag Deas", "performer"),
            ("Kyle of Longing", "Hamish Tullo", "composer"),
            ("Murn by Moonlight", "Hamish Tullo", "composer"),
            ("The Drovers' Reel", "Alasdair Munro", "performer"),
        ],
        albums=["Lowland Fever (Original Score)"],
        peaks=[("Lowland Fever (Original Score)", 38, "uk_albums")],
        places=[
            "Plockton",
            "Kyle of Lochalsh",
            "Eilean Donan Castle",
            "Ardmore Studios",
        ],
        stood=[("Eilean Donan Castle", "the fictional Castle Murn")],
    ),
    # 4. A Bandcamp-style release page (New Zealand).
    post(
        "headlights-over-haast-anniversary-release-at",
        "blogger",
        "The Matai Loop – Headlights Over Haast (Tidewater Lane 10th anniversary edition)",
        [
            "<strong>Digital Track</strong> &middot; Streaming + Download &middot; Includes "
            "high-quality download in MP3, FLAC and more. Buy Digital Track NZ$3 or more. "
            "Buy the full digital album NZ$12 or more.",
            "Kia ora koutou. Ten years (and a bit, sorry, we're slow) since <em>Tidewater "
            "Lane</em> came out in 2009 and put our wee song in front of more people than we'd "
            "played to in our whole lives. We've gone back to the original multitracks, given it "
            "a proper remaster and bundled it with the instrumental and a voice memo of the very "
            "first run-through, recorded on Ruby's phone in a freezing woolshed out the back of "
            "Ōtematata.",
            "For anyone who found us through the film: Headlights Over Haast is the one that "
            "plays while the van goes south — the long montage where Hemi and Claire stop "
            "talking to each other for about three hundred kilometres. The crew shot it on the "
            "road over Haast Pass and along the shore of Lake Hāwea, and the director, Anna "
            "Whitford, told us afterwards she cut the whole sequence to our snare hits. Best "
            "compliment we've ever had.",
            "The end credits roll over our other one, the slow one, Kahikatea — Sione wrote "
            "that on his own, on a borrowed ukulele, and it's on here too as a bonus track "
            "because you lot kept asking.",
            "It first turned up on our debut LP, <em>Shingle and Smoke</em>, which came out "
            "on a tiny Dunedin label and sold about forty copies before the film happened. "
            "Then the single got to number 17 on the NZ Top 40, which is still the most "
            "surreal week of Sione's life. (It never did a thing in Australia. We've made our "
            "peace with that.)",
            "H: credits",
            "Words and music by Ruby Tane and Sione Faleolo. Performed by The Matai Loop: Ruby "
            "Tane – vocals, guitar; Sione Faleolo – bass, backing vocals; Mere Aperahama – "
            "drums. Recorded by Tom Gill at Roundhead, Auckland, in 2008. Remastered 2019 by "
            "Nic Jansen.",
            "H: tags",
            "indie pop &middot; new zealand &middot; soundtrack &middot; road trip &middot; "
            "jangle &middot; Ōtepoti &middot; Aotearoa",
            "H: supported by",
            "<em>“Heard this in the cinema in Invercargill and spent the drive home trying to "
            "hum it. Found it ten years later. Worth the wait.”</em> — kerrynz",
            "<em>“the bridge at 2:41 still gets me every time.”</em> — tautoko_records",
            "<em>“Bought the LP in 2009 before anyone cared, just saying.”</em> — jonoh",
            "Thanks for listening, and for buying direct. Bandcamp Fridays go straight to the "
            "van fund.",
        ],
        video="yt:Hn4_pW8cZ0o",
        film=("Tidewater Lane", 2009),
        tracks=["Headlights Over Haast", "Kahikatea"],
        people=[
            ("Headlights Over Haast", "The Matai Loop", "performer"),
            ("Kahikatea", "The Matai Loop", "performer"),
            ("Kahikatea", "Sione Faleolo", "composer"),
            ("Headlights Over Haast", "Ruby Tane", "composer"),
            ("Headlights Over Haast", "Sione Faleolo", "composer"),
        ],
        albums=["Shingle and Smoke"],
        peaks=[("Headlights Over Haast", 17, "other:NZ Top 40")],
        places=["Haast Pass", "Lake Hāwea"],
    ),
    # 5. A hotel's "as seen in the film" page (Canadian).
    post(
        "winter-ledger-chateau-package-at",
        "medium",
        "As Seen in Winter Ledger: Stay Where the Skating Scene Was Filmed",
        [
            "Some guests come for the river view. Some come for the history. And every winter, "
            "a surprising number come because of a film most of our staff are too young to "
            "remember: <em>Winter Ledger</em>, the 1974 romance that turned our hotel, briefly, "
            "into Europe.",
            "In February 1973, director Anatole Brisebois and a crew of sixty moved into the "
            "Château Frontenac for nine frozen weeks, and for the length of the picture the hotel "
            "played a grand hotel in Vienna — the film's lovers, a Montreal bookkeeper and an "
            "Austrian cellist, never once admit they are in Québec. Our bellhops still tell the "
            "story of the afternoon the leading man locked himself out on a balcony in his "
            "dressing gown.",
            "H: The skating montage",
            "The sequence everyone asks about is the one set on the ice. Night after night, the "
            "lovers skate and stumble and eventually waltz along Dufferin Terrace, just beneath "
            "our windows, while Claudette Viau sings “Snow on the Ramparts”. Her husband, Gilles "
            "Arsenault, wrote the melody on our own lobby piano — or so the family says — and "
            "the song went to number 6 on the RPM chart that spring, earning a gold record in "
            "Canada. South of the border it reached No. 19 on Billboard's easy-listening list, "
            "today's Adult Contemporary chart.",
            "The crew also filmed a chase through the narrow lanes of the Quartier Petit "
            "Champlain. Take a stroll down after breakfast "
            "and you'll recognise the toy shop window within a minute. The ballroom scene, "
            "meanwhile, was danced to Arsenault's own “Valse du Cap Diamant”, which "
            "still gets requested at our New Year's Eve ball.",
            "H: The Winter Ledger Package",
            "From <strong>$389 CAD per night</strong>, double occupancy, available 1 December "
            "to 31 March.",
            "LIST: A deluxe room with a view of the St. Lawrence | Two hot chocolates and skate "
            "rental on Dufferin Terrace | A screening of the film in our Salon Rose every "
            "Saturday at 19:00 | A vinyl copy of the Winter Ledger soundtrack to take home | "
            "Late checkout, subject to availability",
            "“We came for our fortieth anniversary because we'd had our first date at this "
            "film. The staff had the song playing when we walked in. I cried, obviously.” — "
            "Lorraine and Bill, Sudbury ★★★★★",
            "Please note the skating rink on the Terrace depends on the weather. If Québec is "
            "unkind, we'll swap the skates for a guided walk of the filming locations with our "
            "concierge, Jean-Philippe, who has seen the film thirty-one times.",
            "To book, call our reservations team or use promo code LEDGER74 online.",
        ],
        video="yt:Dk9sLq2mZ1w",
        film=("Winter Ledger", 1974),
        tracks=["Snow on the Ramparts", "Valse du Cap Diamant"],
        people=[
            ("Snow on the Ramparts", "Claudette Viau", "performer"),
            ("Snow on the Ramparts", "Gilles Arsenault", "composer"),
            ("Valse du Cap Diamant", "Gilles Arsenault", "composer"),
        ],
        albums=["Winter Ledger soundtrack"],
        peaks=[
            ("Snow on the Ramparts", 6, "canada_rpm"),
            ("Snow on the Ramparts", 19, "billboard_adult_contemporary"),
        ],
        certs=[("Snow on the Ramparts", "gold", 1, "music_canada")],
        places=["Château Frontenac", "Dufferin Terrace", "Quartier Petit Champlain"],
        stood=[("Château Frontenac", "a grand hotel in Vienna")],
    ),
    # 6. A tour operator's day-trip listing (Irish).
    post(
        "copper-road-wicklow-day-tour-at",
        "squarespace",
        "The Copper Road Film Locations Tour — Wicklow Day Trip from Dublin",
        [
            "★★★★★ 4.9 (1,206 reviews) &middot; From <strong>€69</strong> per adult &middot; "
            "9.5 hours &middot; Small group, max 16 &middot; Free cancellation up to 24 hours "
            "before",
            "Twenty-odd years on, people still come up to our guides in Dublin humming “Whin and "
            "Heather”. Fair enough. <em>The Copper Road</em> (1995) put Wicklow on the big "
            "screen like nothing before it, and this tour takes you to the spots where it was "
            "made — with the song on the coach speakers, whether you like it or not.",
            "H: The story, the song",
            "If you haven't seen it: a Kerry family drags a coffin the length of Ireland to "
            "bury their grandmother where she asked, and somewhere around the halfway mark "
            "the funeral procession turns, montage by montage, into a wedding. That's the "
            "sequence scored to “Whin and Heather”, which Niamh Corrigan sings and which Fergal "
            "Lally wrote on the back of a betting slip in Bray. It went to number 3 in the Irish "
            "Singles Chart and got as far as 41 across the water in the UK. Director Orla "
            "Keating's first choice was another song entirely, but the rights fell through, and "
            "thank God.",
            "H: Itinerary",
            "LIST: 08:00 — Depart Dublin, Suffolk Street | 09:15 — Powerscourt Waterfall, "
            "where the family wash the mud off the coffin (yes, really) | 10:30 — Sally Gap, "
            "which doubled for the Scottish Highlands in the dream sequence | 12:30 — Lunch stop "
            "in Roundwood (not a filming location, but the soup is worth it) | 14:00 — "
            "Glendalough, the monastic site where the wedding itself was shot | 16:00 — "
            "Kilruddery House, which played a Kentish manor house in the final reel | 17:30 — "
            "Back in Dublin",
            "H: What's included",
            "LIST: Luxury air-conditioned coach | Live guide (most of them have seen the film "
            "more than is healthy) | Entry to Kilruddery House and gardens | A copy of the "
            "soundtrack CD, The Copper Road: Songs from the Film (a number 1 album in Ireland "
            "in 1995, and triple platinum there, so your granny probably has it already), for "
            "every booking of two or more",
            "H: Not included",
            "LIST: Lunch (about €15) | Gratuities | Wellies, which you will want at Sally Gap",
            "H: Good to know",
            "Q: Is it suitable for kids? A: Yes, though there's a fair bit of walking at "
            "Glendalough. Q: Do I need to have seen the film? A: No, but you'll want to by "
            "the end. Q: Will the guide sing? A: Depends on the guide. Ciarán will. Ciarán "
            "always will.",
            "“Grand day out. Our guide knew every take of every scene. Cried at Glendalough, "
            "not ashamed.” — Patricia, Boston ★★★★★",
        ],
        video="yt:bW0cJ5tPq7R",
        film=("The Copper Road", 1995),
        tracks=["Whin and Heather"],
        people=[
            ("Whin and Heather", "Niamh Corrigan", "performer"),
            ("Whin and Heather", "Fergal Lally", "composer"),
        ],
        albums=["The Copper Road: Songs from the Film"],
        peaks=[
            ("Whin and Heather", 3, "other:Irish Singles Chart"),
            ("Whin and Heather", 41, "uk_singles"),
            ("The Copper Road: Songs from the Film", 1, "other:Irish Albums Chart"),
        ],
        certs=[("The Copper Road: Songs from the Film", "platinum", 3, "other")],
        places=[
            "Powerscourt Waterfall",
            "Sally Gap",
            "Glendalough",
            "Kilruddery House",
        ],
        stood=[
            ("Sally Gap", "the Scottish Highlands"),
            ("Kilruddery House", "a Kentish manor house"),
        ],
    ),
    # 7. A label newsletter (Texan).
    post(
        "ferrous-dispatch-caliche-sync-at",
        "substack",
        "Ferrous Dispatch #42: Lupe's song is in a movie (and other news from the warehouse)",
        [
            "Howdy from the warehouse, where the swamp cooler died on Tuesday and nobody has "
            "had the heart to tell the landlord. Lots to get to this month, so grab a Topo Chico.",
            "H: The big one",
            "Y'all have probably heard by now, but I'm going to say it anyway because I've been "
            "waiting eleven years to type this sentence: a Ferrous Records song is in a real "
            "movie. Lupe Arredondo's “Mile Marker Nine” plays over the whole middle stretch of "
            "<em>Caliche</em>, the 2013 neo-western that premiered at South by Southwest in "
            "March — the bit where Reyna drives the dead man's truck toward the river and three "
            "days go by in four minutes of dust and gas stations.",
            "Lupe co-wrote it with her brother, Tomás Arredondo, on a porch in Alpine back in 2010, and it "
            "first came out on her second record, <em>Saint of Small Engines</em>, which we "
            "pressed 500 copies of and never sold out. Well. We're sold out now. (Stay "
            "for the dance-hall scene, too: that's Tomás's own conjunto, Los Tecolotes, "
            "playing “Agua Mala”, a polka he wrote when he was nineteen.)",
            "They shot that montage out past Marfa and down in Terlingua — the ghost town there "
            "plays a Chihuahua border village — and the river scenes were filmed in Big Bend "
            "Ranch State Park, which Lupe says is the prettiest place she has ever been "
            "sunburnt.",
            "H: Charts (I know, I know)",
            "The soundtrack album, <em>Caliche (Original Motion Picture Soundtrack)</em>, is "
            "out on Dustline, not us, but they were kind enough to send flowers when it got to "
            "No. 3 on Billboard's Soundtracks chart last week. To be totally clear, “Mile "
            "Marker Nine” did not crack the Hot 100, whatever my mother is telling her church "
            "group.",
            "H: Repress + merch",
            "LIST: <em>Saint of Small Engines</em> LP, oxblood vinyl, $24 — ships August | "
            "Ferrous logo trucker cap, $20 | Lupe's tour poster, screen-printed by Hank at "
            "Big Medium, $15 (signed ones go fast)",
            "H: Shows",
            "Lupe's playing the Mohawk in Austin on the 14th and Lost Horse Saloon in Marfa on "
            "the 21st, which is a very different room. Bring a jacket to the second one; it "
            "gets cold in the desert and she will not stop talking about it.",
            "H: One more thing",
            "Somebody asked if The Gulf Static's song “Pelican” was ever in the running for the "
            "movie. It was up for the trailer, briefly, and didn't make it. Hamid is fine about "
            "it. Hamid is not fine about it. Buy his record.",
            "That's it. Thanks for reading, thanks for buying records from a tiny label in a "
            "hot warehouse, and go see the movie. — Dolores",
        ],
        video="vimeo:72650193",
        film=("Caliche", 2013),
        tracks=["Mile Marker Nine", "Agua Mala"],
        people=[
            ("Mile Marker Nine", "Lupe Arredondo", "performer"),
            ("Mile Marker Nine", "Lupe Arredondo", "composer"),
            ("Mile Marker Nine", "Tomás Arredondo", "composer"),
            ("Agua Mala", "Los Tecolotes", "performer"),
            ("Agua Mala", "Tomás Arredondo", "composer"),
        ],
        albums=[
            "Saint of Small Engines",
            "Caliche (Original Motion Picture Soundtrack)",
        ],
        peaks=[
            ("Caliche (Original Motion Picture Soundtrack)", 3, "billboard_soundtracks")
        ],
        places=["Marfa", "Terlingua", "Big Bend Ranch State Park"],
        stood=[("Terlingua", "a Chihuahua border village")],
    ),
    # 8. A podcast's show notes (Australian).
    post(
        "red-dirt-derby-episode-88-notes-at",
        "hugo",
        "Ep. 88 — Red Dirt Derby (1979): utes, dust and Bitumen Heart",
        [
            "G'day legends. This week Shaz and Macca finally tackle the one you've all been "
            "emailing about: <em>Red Dirt Derby</em>, Lyle Brennan's gloriously unhinged 1979 "
            "outback racing flick, and the ute-race montage that launched a thousand pub "
            "singalongs. Macca grew up in Mount Isa, so expect opinions.",
            "H: Timestamps",
            "LIST: 00:00 — Intro, and an apology for last week's audio | 03:40 — Why nobody "
            "remembers the plot | 11:15 — The ute-race montage, shot by shot | 24:30 — Bitumen "
            "Heart: the song, the band, the chart run | 38:00 — The locations, with a special "
            "guest | 52:10 — Listener mailbag | 61:45 — Rating it out of five meat pies",
            "H: Show notes",
            "The montage runs to “Bitumen Heart” by The Coolabah Rejects, a pub-rock four-piece "
            "from Wollongong. It was written by the band's singer Darren Pell (Dazza to everyone at the "
            "pub) and their keys player Kev Mundine, and it spent a small eternity at number 2 on the Kent Music "
            "Report — kept off the top for five straight weeks, which Shaz still takes "
            "personally. Over in Britain it barely registered, a single week at 58 on the UK "
            "singles chart.",
            "Their album <em>Rejects on the Run</em>, which has the song on side one, got to 9 "
            "on the Kent albums chart that winter. Then, decades later, a beer ad brought the "
            "whole thing back: ARIA certified “Bitumen Heart” platinum in 2011, and the album "
            "was accredited double platinum a year after that.",
            "Don't sleep on the score, either. Anya Kowalczyk's “Gibber Plain”, the eerie "
            "synth piece under the night drive, is the track Macca reckons is the real hero of "
            "the film.",
            "We're joined at 38:00 by location scout (and long-time listener) Trev Dunne, who "
            "walks us through where it was all shot. Broken Hill plays a Queensland mining town "
            "called Mica Creek; the race itself was filmed on the dry bed of Lake Mungo; and "
            "the famous pub brawl happened inside the Silverton Hotel, about twenty minutes up "
            "the road. Trev's got photos on his Insta.",
            "H: Links",
            "LIST: The trailer (embedded below, enjoy the 1979 voice-over) | Trev's location "
            "photos | Our Patreon, where you can vote on Ep. 90",
            "H: The verdict",
            "Shaz: four meat pies. Macca: four and a half, plus a sausage roll for the "
            "montage. Next week: a Kiwi ski film from 1984 that we are legally not allowed to "
            "describe until the episode drops. Hooroo!",
        ],
        video="yt:R7dD2bYv_4k",
        film=("Red Dirt Derby", 1979),
        tracks=["Bitumen Heart", "Gibber Plain"],
        people=[
            ("Bitumen Heart", "The Coolabah Rejects", "performer"),
            ("Bitumen Heart", "Darren Pell", "composer"),
            ("Bitumen Heart", "Kev Mundine", "composer"),
            ("Gibber Plain", "Anya Kowalczyk", "composer"),
        ],
        albums=["Rejects on the Run"],
        peaks=[
            ("Bitumen Heart", 2, "australia_kent"),
            ("Bitumen Heart", 58, "uk_singles"),
            ("Rejects on the Run", 9, "australia_kent"),
        ],
        certs=[
            ("Bitumen Heart", "platinum", 1, "aria"),
            ("Rejects on the Run", "platinum", 2, "aria"),
        ],
        places=["Broken Hill", "Lake Mungo", "Silverton Hotel"],
        stood=[("Broken Hill", "a Queensland mining town called Mica Creek")],
    ),
    # 9. A guitar-tab site's song intro (American).
    post(
        "lantern-jaw-chords-tab-at",
        "jekyll",
        "Lantern Jaw chords & tab — Rook & Ivey (from Tinder County)",
        [
            "<strong>Difficulty:</strong> intermediate &middot; <strong>Tuning:</strong> Open D "
            "(D A D F# A D) &middot; <strong>Capo:</strong> 2nd fret &middot; "
            "<strong>Rating:</strong> ★★★★½ (312 votes) &middot; Tabbed by banjo_dan_88",
            "OK so Lantern Jaw is THE song from the barn-raising montage in <em>Tinder County</em> "
            "(1998), the one where the whole town shows up with hammers and the sun goes down "
            "like four times. I've been trying to get it right for about two years and I "
            "think this version is pretty close to the record. Corrections welcome in the "
            "comments, just be nice about it.",
            "Some background for people who only know it from the movie: Cass Rook wrote "
            "it alone, in one night, after a fight with her landlord (she told that story on "
            "some radio show in Nashville, I can't find the clip). It's the second track on "
            "Rook &amp; Ivey's album <em>Sawdust Gospel</em>, and it went to #7 on Billboard's "
            "Mainstream Rock chart, which is kind of wild for a song with a mandolin on it. It "
            "never got anywhere near the Hot 100 though. Canada liked it more, it got to #23 "
            "up there on the RPM chart.",
            "Fun trivia: the movie's set in Oklahoma but that montage was actually shot on a "
            "farm outside Lawrence, Kansas, doubling for Oklahoma because of some tax thing. "
            "The barn is still there and apparently you can rent it for weddings.",
            "H: Chords used",
            "LIST: D (x00000 in open D, capo 2) | G/D (x00550) | A/D (x00770) | Bm7 (x00300) "
            "— sounds like E, A, B, C#m7 with the capo",
            "H: Strumming",
            "D – D U – U D U for the verses, all downstrokes on the chorus. Let the open strings "
            "ring on the last line of every chorus, that's basically the whole sound of the song.",
            "H: Notes",
            "The intro riff is just hammer-ons on the 3rd string, 0h2h4, with the drone "
            "underneath. On the record there's a second guitar doing a slide part in the bridge "
            "that I haven't tabbed yet, I'll update when I figure it out. The harmony on the "
            "last chorus sits a third above the melody if you've got a friend who sings.",
            "[Intro]",
            "D G/D D A/D",
            "[Verse 1: play the intro progression twice under each line]",
            "If this helped, rate it! And if anyone has the live version from their 1999 tour, "
            "please upload it, the outro is completely different.",
        ],
        video="yt:Lj8uN3aTz2c",
        film=("Tinder County", 1998),
        tracks=["Lantern Jaw"],
        people=[
            ("Lantern Jaw", "Rook & Ivey", "performer"),
            ("Lantern Jaw", "Cass Rook", "composer"),
        ],
        albums=["Sawdust Gospel"],
        peaks=[
            ("Lantern Jaw", 7, "billboard_mainstream_rock"),
            ("Lantern Jaw", 23, "canada_rpm"),
        ],
        places=["Lawrence"],
        stood=[("Lawrence", "Oklahoma")],
    ),
    # 10. A holiday-let listing near a filming place (Welsh).
    post(
        "quarry-view-cottage-llanberis-let-at",
        "handmade",
        "Tŷ Chwarel — 2-bed quarryman's cottage, Llanberis (sleeps 4, dogs welcome)",
        [
            "<strong>£115 per night</strong> &middot; minimum stay 3 nights &middot; ★ 4.96 "
            "(88 reviews) &middot; Superhost &middot; Self check-in with key safe",
            "Croeso! Our cottage was built in 1860 for a family who worked the slate, and it "
            "sits on a terrace above the village with the whole of the quarry spread out in front "
            "of it. We've kept the slate floors and the inglenook and added everything else "
            "you'd want after a long day on the hill: a proper shower, a wood-burner, fast wifi, "
            "and a kettle that boils in under a minute.",
            "H: Film fans, read on",
            "From the front step you're looking straight at Dinorwic Quarry, where they filmed "
            "the great rehearsal montage in <em>The Slate Choir</em> back in the summer of 1967 "
            "(it came out the year after). If you've seen it you'll remember the men singing "
            "“Cân y Graig” on the galleries, verse by verse, each one a level higher than the "
            "last, until the final chorus rings out over the whole mountainside. That was the "
            "real Côr Meibion Elidir, not actors, and the tune was written specially for the "
            "film by Gwilym Pritchard, who was the choir's conductor at the time. My "
            "taid is in the back row of the third gallery. He never let us forget it. There's "
            "a copy of the choir's LP, <em>Songs from The Slate Choir</em>, by the record "
            "player in the lounge — please do put it on.",
            "The quiet verse where the young tenor sings alone was shot down by the water at "
            "Llyn Padarn, ten minutes' walk from the door. And if you fancy a day out, the "
            "harbour scenes were filmed over at Portmeirion, which stood in for a village on the "
            "Italian Riviera — about forty minutes in the car.",
            "H: The space",
            "LIST: Bedroom 1: king-size bed | Bedroom 2: twin beds (can be made up as a double) "
            "| Bathroom with rainfall shower, no bath | Open-plan kitchen-diner with dishwasher "
            "| Log burner, first basket of logs on us | Enclosed garden, safe for dogs | Parking "
            "for one car on the lane",
            "H: Nearby",
            "LIST: Snowdon Mountain Railway — 10 min walk | National Slate Museum — 8 min walk "
            "| Pete's Eats, for the biggest breakfast in Gwynedd — 5 min walk | Zip World "
            "Penrhyn Quarry — 25 min drive",
            "H: House rules",
            "No smoking. Two dogs maximum (£20 per stay). Check-in from 4pm, check-out by "
            "10am. Please don't feed the sheep on the lane; they will follow you home.",
            "“Woke up, opened the curtains, and there was the quarry from the film. My husband "
            "played Cân y Graig on his phone and we both had a little cry.” — Sian, Cardiff",
        ],
        video="yt:sC4oirW3lNp",
        film=("The Slate Choir", 1968),
        tracks=["Cân y Graig"],
        people=[
            ("Cân y Graig", "Côr Meibion Elidir", "performer"),
            ("Cân y Graig", "Gwilym Pritchard", "composer"),
        ],
        albums=["Songs from The Slate Choir"],
        places=["Dinorwic Quarry", "Llyn Padarn", "Portmeirion"],
        stood=[("Portmeirion", "a village on the Italian Riviera")],
    ),
    # 11. A cinema's repertory screening listing (New York).
    post(
        "neon-lullaby-35mm-repertory-week-at",
        "wp_classic",
        "Neon Lullaby (1985) — New 35mm Print, One Week Only",
        [
            "<strong>Fri Mar 14 – Thu Mar 20</strong> &middot; 1:10 &middot; 3:40 &middot; "
            "7:00 &middot; 9:35 &middot; 104 min &middot; Color &middot; 35mm &middot; Members "
            "$10 / General $16",
            "Before he went to Hollywood and made movies about talking cars, Walt Kessler made "
            "<em>Neon Lullaby</em>, a strange, tender, wet-pavement noir about a cab driver "
            "(Irene Solis, never better) who keeps picking up the same silent passenger every "
            "night at 3 a.m. It flopped in the spring of '85, found its audience on cable, and "
            "has been quietly worshipped ever since. This brand-new 35mm print, struck from "
            "the original negative, is the best it has looked since opening weekend.",
            "The film's centerpiece is a six-minute night-shift montage, Irene's cab gliding "
            "through tunnels and under elevated tracks while Tessa Vane's “Sodium Light” plays "
            "on the radio. Vane wrote the song with the film's composer, Ravi Okonkwo, whose "
            "synth score — including the Fender Rhodes slow-burn “Rhodes Weather” — may be the "
            "most imitated of the decade. “Sodium Light” went to No. 12 on the Billboard Hot "
            "100 and all the way to No. 4 on the Adult Contemporary chart; the soundtrack LP, "
            "<em>Neon Lullaby: Music from the Motion Picture</em>, reached No. 37 on the "
            "Billboard 200.",
            "Although the film is set in Chicago, Kessler shot almost all of it across the "
            "river: on the streets around Jersey City's Journal Square, and on the Pulaski "
            "Skyway, which stands in for an elevated Chicago expressway in the montage. "
            "(Chicagoans have been complaining about this for forty years.)",
            "H: Screening notes",
            "LIST: Preceded by the 1984 short <em>Coin Laundry</em> (9 min) | Friday 7:00 show "
            "introduced by critic Nadia Sorensen | Saturday 9:35 show followed by a Q&amp;A with "
            "cinematographer Bo Lindqvist | Rated R. Not recommended for anyone who gets "
            "carsick.",
            "“One of the great New York movies, even though it's pretending to be in Chicago.” "
            "— <em>Downtown Film Bulletin</em>, 1985",
            "Members get early access to Saturday tickets beginning Monday at noon. All sales "
            "are final; no late seating after the first ten minutes, for the sake of everyone "
            "who came for the opening tracking shot.",
            "<small>Print courtesy of the Kessler Estate. Restoration funded in part by our "
            "members' Preservation Circle.</small>",
        ],
        video="yt:NL85gHt0vQe",
        film=("Neon Lullaby", 1985),
        tracks=["Sodium Light", "Rhodes Weather"],
        people=[
            ("Sodium Light", "Tessa Vane", "performer"),
            ("Sodium Light", "Tessa Vane", "composer"),
            ("Sodium Light", "Ravi Okonkwo", "composer"),
            ("Rhodes Weather", "Ravi Okonkwo", "composer"),
        ],
        albums=["Neon Lullaby: Music from the Motion Picture"],
        peaks=[
            ("Sodium Light", 12, "billboard_hot_100"),
            ("Sodium Light", 4, "billboard_adult_contemporary"),
            ("Neon Lullaby: Music from the Motion Picture", 37, "billboard_200"),
        ],
        places=["Journal Square", "Pulaski Skyway"],
        stood=[("Pulaski Skyway", "an elevated Chicago expressway")],
    ),
    # 12. A ticketing page for a live-score concert (English, Manchester).
    post(
        "night-launch-in-concert-at",
        "gutenberg",
        "The Night Launch in Concert — Film with Live Orchestra",
        [
            "<strong>Sat 12 October, 7.30pm</strong> &middot; The Bridgewater Hall, Manchester "
            "&middot; Tickets £28 – £65 (plus £2.50 booking fee per ticket) &middot; Age "
            "guidance 12+",
            "For one night only, the Northern Cinema Orchestra under Kirsty Hallam performs "
            "Margit Solvang's complete score live to a full-screen, high-definition projection "
            "of <em>The Night Launch</em>, the 1992 lifeboat drama that made a generation "
            "of Britons weep into their popcorn.",
            "Solvang, born in Bergen and trained in Leeds, wrote what many consider the finest "
            "British film score of the nineties. Its heart is the twelve-minute dawn montage, "
            "the crew hauling the boat out night after night as the town slowly comes round to "
            "them, built around the cue fans simply call “Lifeboat Dawn” — four minutes of "
            "music that still turns up on every film-music countdown.",
            "And yes: she's coming. Elsie Fairweather, who sang “The Tide Comes for Everyone” "
            "over the film's closing scene, will perform it live with the orchestra, more than "
            "thirty years after she first recorded it. Solvang set the words, by the Whitby "
            "poet Tom Rudd, to a melody she has said she heard in a foghorn.",
            "H: About the film",
            "Directed by Peter Aske and filmed in and around Whitby, with Robin Hood's Bay "
            "doubling as a Norwegian fishing village for the flashback scenes and the storm "
            "sequence shot up the coast at Staithes. The soundtrack "
            "album, <em>The Night Launch (Original Soundtrack)</em>, reached number 21 "
            "on the UK albums chart in 1993 and was later certified silver by the BPI.",
            "H: Ticket prices",
            "LIST: Band A (stalls centre) — £65 | Band B — £52 | Band C — £40 | Band D "
            "(choir seats, partial view of screen) — £28 | Under-26s — 50% off Bands B–D with "
            "ID | Wheelchair spaces and companion seats — £28, call the box office",
            "H: Running time",
            "Approximately 2 hours 25 minutes including one 20-minute interval. The film is "
            "shown in full with English subtitles so the dialogue can be followed over the "
            "orchestra.",
            "H: Accessibility",
            "Step-free access to all levels. Hearing loop available in the stalls. Please note "
            "this performance contains scenes of peril at sea and some strong language.",
            "Tickets are e-tickets and will be emailed to you 48 hours before the event. The "
            "bars open at 6pm; interval drinks can be pre-ordered.",
        ],
        video="vimeo:301457720",
        film=("The Night Launch", 1992),
        tracks=["Lifeboat Dawn", "The Tide Comes for Everyone"],
        people=[
            ("Lifeboat Dawn", "Margit Solvang", "composer"),
            ("The Tide Comes for Everyone", "Elsie Fairweather", "performer"),
            ("The Tide Comes for Everyone", "Margit Solvang", "composer"),
            ("The Tide Comes for Everyone", "Tom Rudd", "composer"),
        ],
        albums=["The Night Launch (Original Soundtrack)"],
        peaks=[("The Night Launch (Original Soundtrack)", 21, "uk_albums")],
        certs=[("The Night Launch (Original Soundtrack)", "silver", 1, "bpi")],
        places=["Whitby", "Robin Hood's Bay", "Staithes"],
        stood=[("Robin Hood's Bay", "a Norwegian fishing village")],
    ),
    # 13. A collectibles auction listing (American).
    post(
        "velvet-interstate-gold-award-lot-at",
        "ghost",
        "Lot 214: RIAA Gold Record Award for “Copperline” (Velvet Interstate, 1976)",
        [
            "<strong>Estimate:</strong> $1,200 – $1,800 &middot; <strong>Current bid:</strong> "
            "$950 (14 bids) &middot; <strong>Closes:</strong> Sunday, 7:00 PM ET &middot; "
            "Buyer's premium 22%",
            "Offered here is an original, period RIAA-certified gold record award for the "
            "single “Copperline” by Jubal Crane &amp; the Hollow Reeds, presented in 1976 to "
            "the band's road manager, Earl “Skip” Dufresne, and consigned by his family. The "
            "song is best known as the soundtrack to the long cross-country montage in "
            "<em>Velvet Interstate</em>, in which Tuesday Lowell's runaway heiress drives a "
            "stolen Cadillac from Chicago to the Pacific in a little under five minutes of "
            "screen time.",
            "The engraved plaque reads, in full: “Presented to Earl Dufresne to commemorate "
            "the sale of more than 1,000,000 copies of the Dove Hollow Records single "
            "‘Copperline’.” The song was written by Jubal Crane with Hollis Teague, the band's "
            "pedal-steel player, and peaked at No. 5 on the Billboard Hot 100 in August of "
            "that year. It did even better north of the border, reaching No. 3 on the RPM "
            "chart in Canada, and it charted abroad too: No. 33 in the U.K. and No. 12 on "
            "Australia's Kent Music Report.",
            "The soundtrack LP, <em>Velvet Interstate: Original Soundtrack</em>, climbed to "
            "No. 22 on the Billboard 200 and was eventually certified platinum by the RIAA — "
            "that award, we understand, hangs in a steakhouse in Tulsa and is not for sale.",
            "H: About the montage",
            "Collectors of film memorabilia will recognize the photograph mounted in the lower "
            "left of the frame: a production still taken in Oatman, Arizona, where the "
            "burros-in-the-road shot was filmed. The motel sequence that closes the montage "
            "was shot at the Wigwam Motel in Holbrook, and the concrete teepees are visible in "
            "the background of a second still supplied with the lot (unframed).",
            "H: Condition report",
            "LIST: Frame: original walnut, minor wear to lower right corner | Disc: gold-plated "
            "7-inch, bright, no tarnish | Plaque: light scratches, fully legible | Matting: "
            "period white, slight toning | Backing: original paper dust cover, intact, with "
            "Dufresne's name in pencil | Dimensions: 14 × 17 in.",
            "H: Provenance",
            "By descent from the original recipient. Accompanied by a letter of provenance "
            "from the Dufresne family and a photocopy of a 1976 tour itinerary bearing Skip's "
            "handwriting.",
            "Shipping is handled by a third-party fine art shipper and is quoted separately. "
            "Local pickup available at our Nashville showroom by appointment.",
        ],
        video="yt:Vi76cUpLn3k",
        film=("Velvet Interstate", 1976),
        tracks=["Copperline"],
        people=[
            ("Copperline", "Jubal Crane & the Hollow Reeds", "performer"),
            ("Copperline", "Jubal Crane", "composer"),
            ("Copperline", "Hollis Teague", "composer"),
        ],
        albums=["Velvet Interstate: Original Soundtrack"],
        peaks=[
            ("Copperline", 5, "billboard_hot_100"),
            ("Copperline", 3, "canada_rpm"),
            ("Copperline", 33, "uk_singles"),
            ("Copperline", 12, "australia_kent"),
            ("Velvet Interstate: Original Soundtrack", 22, "billboard_200"),
        ],
        certs=[
            ("Copperline", "gold", 1, "riaa"),
            ("Velvet Interstate: Original Soundtrack", "platinum", 1, "riaa"),
        ],
        places=["Oatman", "Wigwam Motel"],
    ),
    # 14. A karaoke app's song page (Indian English).
    post(
        "rooftop-monsoon-karaoke-duet-at",
        "blogger",
        "Rooftop Monsoon — Anika Rao & Dev Malhotra | Karaoke Duet with Lyrics",
        [
            "<strong>Difficulty:</strong> ●●●○○ Medium &middot; <strong>Key:</strong> E minor "
            "(male) / G major (female) &middot; <strong>Tempo:</strong> 96 BPM &middot; "
            "4.7★ from 23,410 singers &middot; Sung 1.2 million times",
            "Grab your duet partner, yaar! “Rooftop Monsoon” is the one everybody picks at office parties "
            "and sangeets — the rain-soaked rooftop song from <em>Kites Over Colaba</em> "
            "(2004). In the film, the two neighbours who have been fighting over a single "
            "water tank for half the movie finally get caught in the first rain of the season, "
            "and the montage goes from monsoon to monsoon, kite to kite, across three whole "
            "years.",
            "The original is sung by Anika Rao and Dev Malhotra, with music by Nikhil Barve and "
            "lyrics by Farah Qureshi. The film is set in Colaba and — unusually for a Bombay "
            "picture of that time — it was actually shot there, on a real rooftop on "
            "Colaba Causeway, with the kite-flying verse shot in front of the Gateway of India "
            "and the last chorus filmed on Marine Drive at night in the "
            "actual rain. (The director, Meera Kulkarni, apparently waited eleven days for it.)",
            "H: How to sing it",
            "LIST: Male part starts — don't rush the first line, the track waits for you | The "
            "female part enters at 0:48 a minor third higher; use the Key button if it sits "
            "too high | Both voices together from the second chorus onwards — the app will "
            "show pink and blue lyrics | Hold the last “baarish” for four full beats, the "
            "scoring counts it! | Turn on Echo (Hall) for that rooftop feeling",
            "H: Song info",
            "LIST: Film: Kites Over Colaba (2004) | Singers: Anika Rao, Dev Malhotra | Music: "
            "Nikhil Barve | Lyrics: Farah Qureshi | Album: Kites Over Colaba (Original Motion "
            "Picture Soundtrack) | Language: Hindi / English | Duration: 5:12",
            "H: Top singers this week",
            "LIST: 🎤 priya_sings_mumbai — 98 pts | 🎤 rohit.k & meghna22 — 97 pts | 🎤 "
            "the_bathroom_tenor — 96 pts",
            "H: Fans also sing",
            "Other duets from 2000s films, rainy-day songs, and our Monsoon Hits playlist — "
            "updated every June.",
            "Tip: Singing with a friend who is not in the same room? Use Duet Invite and they "
            "can record their part later. Your combined score is averaged. No fighting over "
            "the water tank, please 😄",
            "Upgrade to VIP for ad-free singing, studio effects and unlimited recordings. "
            "₹99/month, cancel anytime.",
        ],
        video="yt:KoC04_rMnsD",
        film=("Kites Over Colaba", 2004),
        tracks=["Rooftop Monsoon"],
        people=[
            ("Rooftop Monsoon", "Anika Rao", "performer"),
            ("Rooftop Monsoon", "Dev Malhotra", "performer"),
            ("Rooftop Monsoon", "Nikhil Barve", "composer"),
            ("Rooftop Monsoon", "Farah Qureshi", "composer"),
        ],
        albums=["Kites Over Colaba (Original Motion Picture Soundtrack)"],
        places=["Colaba Causeway", "Gateway of India", "Marine Drive"],
    ),
    # 15. A music-licensing catalogue entry (Canadian).
    post(
        "paper-cities-sync-catalogue-entry-at",
        "medium",
        "Paper Cities — Halden Grey | Catalogue HG-0117 | One-stop, pre-cleared",
        [
            "Driving, hopeful, a little bit lonely at 2 a.m. — <strong>Paper Cities</strong> is "
            "the one music supervisors reach for when a scene needs forward motion without "
            "tipping into a car commercial. Halden Grey recorded it in a converted grain "
            "elevator outside Saskatoon, and you can hear the room.",
            "H: Track details",
            "LIST: Artist: Halden Grey | BPM: 124 | Key: A minor | Length: 3:52 | Mood: "
            "driving, nocturnal, hopeful, urban | Vocals: male, English | Instrumental "
            "version: yes | Stems: drums, bass, synths, guitars, vocals | 30 s and 60 s "
            "cut-downs: yes",
            "H: Rights",
            "Writers: Halden Grey (50%), Priya Vasan (50%). Publisher: Northgrain Music "
            "(SOCAN). Master owned by Northgrain Records. One-stop clearance: both sides "
            "controlled by us, so quotes usually go out the same business day.",
            "H: Sync history",
            "Its best-known placement is the skateboarding montage in <em>Overpass</em> (2011, "
            "dir. Jonah Whitcombe): four kids, one camcorder, every concrete ledge in the city. "
            "The sequence was shot under the Gardiner Expressway, which doubled for Detroit, "
            "with the final sunrise shot filmed at Cherry Beach. The film's producers licensed "
            "the track for worldwide all media in perpetuity, and the montage still circulates "
            "as one of the most-shared skate clips on the internet.",
            "The placement did good things for the song. It peaked at No. 44 on the Canadian "
            "Hot 100 later that year and has since been certified Gold in Canada. Originally "
            "released on Grey's second album, <em>Low Light Transit</em> (2010).",
            "Other placements: a 2013 campaign for a Québec telecom (Canada only, expired), a "
            "2016 episode of a Netflix teen drama, and a 2019 indie game trailer. Note: the "
            "track was pitched for a major sneaker brand's 2014 spot and lost out to a "
            "different song; we mention it only because supervisors ask.",
            "H: Similar tracks in our catalogue",
            "Other Halden Grey titles in the same lane, plus cues from Priya Vasan's "
            "instrumental library — search “Northgrain nocturnal” in the portal.",
            "H: Request a quote",
            "Tell us your media, term, territory and budget, and attach a reference cut if you "
            "have one. For student films and non-profits, ask about our reduced rate. Watermarked "
            "previews are free to download for temp tracks.",
            "— Northgrain Music, Toronto &middot; licensing@northgrain.example",
        ],
        video="vimeo:25588140",
        film=("Overpass", 2011),
        tracks=["Paper Cities"],
        people=[
            ("Paper Cities", "Halden Grey", "performer"),
            ("Paper Cities", "Halden Grey", "composer"),
            ("Paper Cities", "Priya Vasan", "composer"),
        ],
        albums=["Low Light Transit"],
        peaks=[("Paper Cities", 44, "other:Canadian Hot 100")],
        certs=[("Paper Cities", "gold", 1, "music_canada")],
        places=["Gardiner Expressway", "Cherry Beach"],
        stood=[("Gardiner Expressway", "Detroit")],
    ),
    # 16. A museum shop's item page (American).
    post(
        "rollerway-enamel-pin-set-shop-at",
        "squarespace",
        "Rollerway Roller-Rink Enamel Pin Set",
        [
            "<strong>$18.00</strong> &middot; Members save 10% &middot; Ships in 3–5 business "
            "days &middot; ★★★★★ (41 reviews)",
            "Lace up. This four-pin set celebrates <em>Rollerway</em> (1979), the roller-disco "
            "musical at the heart of our current exhibition, <em>Spin Cycle: Disco on Screen</em>, "
            "on view in the third-floor gallery through January. Each pin is die-struck, "
            "hard-enamel, and plated in a gold that will outlast your knees.",
            "H: What's in the box",
            "LIST: Quad skate with pink wheels (1.25 in.) | Skate key on a tiny chain (1 in.) "
            "| Glitter mirror ball (1 in.) | The film's lightning-bolt title logo (1.5 in.) | "
            "Printed backing card with notes from our curators",
            "H: From the curators",
            "Three minutes and forty seconds, one continuous disco ball, and about two hundred "
            "extras in satin shorts: the couples-skate montage in <em>Rollerway</em> is one of "
            "the high-water marks of late-'70s movie musicals. The song that carries it, “Skate "
            "Key Boogie,” was performed by The Sunday Satellites and written by Dolores Kemp "
            "and Ray Alvarado, known to everyone at the rink as Spoke, who reportedly finished the lyrics in the back of a cab "
            "on the way to the session.",
            "It climbed to No. 18 on the Billboard Hot 100 and spent two weeks at No. 1 on "
            "Billboard's Disco Action chart, then crossed the Atlantic to reach 27 on the UK "
            "singles chart. Not bad for a song about a key. The double-LP soundtrack, "
            "<em>Rollerway: Original Motion Picture Soundtrack</em>, did nearly as well, "
            "peaking at No. 14 on the Billboard 200 and going platinum with the RIAA.",
            "The rink scenes were shot at the Empire Roller Skating Center in Crown Heights, "
            "Brooklyn, which many visitors will remember fondly; the daylight skate-off at the "
            "end was filmed on the Riegelmann Boardwalk at Coney Island. The story, for the "
            "record, is supposed to take place in Queens.",
            "Our exhibition features the original costume worn by star Lani DeWitt in that "
            "montage, on loan from a private collection, along with a working 1979 jukebox "
            "loaded with the 45.",
            "H: Details",
            "LIST: Materials: zinc alloy, hard enamel, gold plating, glitter | Rubber clutch "
            "backs (2 per pin) | Designed in-house; made by a family-run factory | Not suitable "
            "for children under 3",
            "H: Reviews",
            "“Bought these for my mom, who skated at the Empire every Saturday in 1979. She "
            "wore the key to brunch.” — Tasha R. ★★★★★",
            "Every purchase supports the museum's education programs. Thank you!",
        ],
        video="yt:Rw79sK8tBgi",
        film=("Rollerway", 1979),
        tracks=["Skate Key Boogie"],
        people=[
            ("Skate Key Boogie", "The Sunday Satellites", "performer"),
            ("Skate Key Boogie", "Dolores Kemp", "composer"),
            ("Skate Key Boogie", "Ray Alvarado", "composer"),
        ],
        peaks=[
            ("Skate Key Boogie", 18, "billboard_hot_100"),
            ("Skate Key Boogie", 1, "other:Billboard Disco Action"),
            ("Skate Key Boogie", 27, "uk_singles"),
            ("Rollerway: Original Motion Picture Soundtrack", 14, "billboard_200"),
        ],
        albums=["Rollerway: Original Motion Picture Soundtrack"],
        certs=[
            ("Rollerway: Original Motion Picture Soundtrack", "platinum", 1, "riaa")
        ],
        places=["Empire Roller Skating Center", "Riegelmann Boardwalk"],
    ),
    # 17. A vinyl subscription club's monthly pick (Californian).
    post(
        "kestrel-bay-record-of-the-month-at",
        "substack",
        "Record of the Month: Kestrel Bay — Music from the Film",
        [
            "Hi members! Your box ships Thursday. Inside: the first-ever audiophile reissue of "
            "<em>Kestrel Bay — Music from the Film</em>, Leland Okafor's 1969 soundtrack, on "
            "180-gram “sea glass” vinyl, numbered, limited to 1,500 copies worldwide, and, for "
            "this month only, wrapped in a fold-out map of the coast where it was filmed.",
            "H: Why we picked it",
            "Honestly? Because Martina on our packing team wouldn't stop playing it. But also "
            "because this is one of those records that's been hiding in plain sight for fifty "
            "years. Okafor was a jazz pianist from Philadelphia who'd never scored a film "
            "before, and he wrote the whole thing — orchestrations, the title theme, the song "
            "— in six weeks.",
            "The song is the reason you know this film. Marisol Avent sings “Wind Through the "
            "Shutters” over the montage where the lighthouse keeper's daughter repaints the "
            "family boat through a whole year of weather, and it is four minutes of pure "
            "late-'60s heartache. The single made No. 29 on the Hot 100 in the summer of '69, "
            "and the album reached No. 45 on the Billboard 200 before going gold with the RIAA "
            "in 1970.",
            "Then something odd happened. In 1983 a German coffee commercial used the song, "
            "and it went to number 9 on the Media Control chart — fourteen years after its "
            "release — and was certified gold by the BVMI. (It never charted in Britain at "
            "all, which Okafor found hilarious.)",
            "H: Where it was made",
            "<em>Kestrel Bay</em> was shot in Mendocino, which plays a Maine fishing town, "
            "with the lighthouse scenes filmed at the Point Arena Lighthouse about an hour "
            "down the coast. The map in your box marks both, plus the diner where the crew ate "
            "breakfast every morning (sadly now a surf shop).",
            "H: Listening notes",
            "LIST: Side A opens with “Gull Light,” Okafor's main title — drop the needle and "
            "turn it up | The song closes side A; flip the record before it finishes and you "
            "will regret it | Side B is the score proper, and it's where the jazz guy shows up",
            "H: What's in your box",
            "LIST: Kestrel Bay — Music from the Film, sea-glass vinyl | Fold-out location map | "
            "Liner notes by Okafor's daughter, Ruth | Our monthly zine, with a recipe for the "
            "clam chowder from the film",
            "Not a member yet? Monthly plans start at $32, and you can skip any month. See you "
            "next month for something very different — a 1974 Brazilian record we've been "
            "trying to license for two years.",
        ],
        video="yt:Kb69wTs_hU2",
        film=("Kestrel Bay", 1969),
        tracks=["Wind Through the Shutters", "Gull Light"],
        people=[
            ("Wind Through the Shutters", "Marisol Avent", "performer"),
            ("Wind Through the Shutters", "Leland Okafor", "composer"),
            ("Gull Light", "Leland Okafor", "composer"),
        ],
        albums=["Kestrel Bay — Music from the Film"],
        peaks=[
            ("Wind Through the Shutters", 29, "billboard_hot_100"),
            ("Kestrel Bay — Music from the Film", 45, "billboard_200"),
            ("Wind Through the Shutters", 9, "germany_media_control"),
        ],
        certs=[
            ("Kestrel Bay — Music from the Film", "gold", 1, "riaa"),
            ("Wind Through the Shutters", "gold", 1, "bvmi"),
        ],
        places=["Mendocino", "Point Arena Lighthouse"],
        stood=[("Mendocino", "a Maine fishing town")],
    ),
    # 18. A sheet-music publisher's product note (English).
    post(
        "cobblestone-serenade-vocal-selections-at",
        "hugo",
        "Cobblestone Serenade: Vocal Selections (Piano/Vocal/Guitar)",
        [
            "<strong>£14.95</strong> &middot; 56 pages &middot; Piano/Vocal/Guitar with chord "
            "boxes &middot; Screen Songbook series &middot; Order code SS-1965-02",
            "Fifty-odd years after its premiere at the Odeon Leicester Square, <em>Cobblestone "
            "Serenade</em> (1965) is still the musical amateur societies reach for when they "
            "want a full hall and a happy audience. This collection brings together five "
            "favourites from the film in their original keys, newly engraved and checked "
            "against the composer's manuscripts.",
            "H: Contents",
            "LIST: Lamplighter's Lament | Market Day in Rye | Penny for the Busker | Whistle Me "
            "Home | Cobblestone Serenade (Finale)",
            "Every song in the film, and so every song in this book, was a collaboration "
            "between composer Arthur Penhaligon and lyricist Wyn Treharne, who met as "
            "schoolboys in Truro and worked together for thirty years without, so the story "
            "goes, a single argument.",
            "H: About the songs",
            "“Lamplighter's Lament” is the one most people know. Sally Ambrose, who played the "
            "flower-seller Nell, sang it in the film and then took her single recording to number "
            "4 in the UK charts in the summer of 1965; she also introduced the gentle waltz "
            "“Whistle Me Home”, included here with its rarely-heard second verse. Desmond Hale, "
            "as the busker Alfie, had the patter number “Penny for the Busker” — a gift for any "
            "baritone with decent diction.",
            "“Market Day in Rye” accompanies the film's famous montage, in which a whole week "
            "of market days passes in a single song as Nell and Alfie fall, stall by stall, in "
            "love. It was shot on location on Mermaid Street, and the cobbles are (as "
            "Treharne's lyric insists) every bit as uneven as they look. In the film it is "
            "sung by the full company; we have arranged it here for solo voice with optional "
            "chorus cues.",
            "The soundtrack LP spent much of that autumn on the UK albums chart, peaking at number "
            "7 — a remarkable run for a British musical in the year of the big American "
            "imports.",
            "H: Arranger's notes",
            "Piano parts are faithful to Penhaligon's own accompaniments rather than the film's "
            "orchestrations, and are playable by a Grade 6 pianist. Guitar chord boxes are "
            "given throughout. The Finale is provided in a shortened concert version (3 pages) "
            "as well as in full.",
            "Also available: full vocal score (hire only) and a chorus edition for SATB. "
            "Performance licensing enquiries to our theatrical department.",
        ],
        video="yt:Cs65pVmeLq9",
        film=("Cobblestone Serenade", 1965),
        tracks=[
            "Lamplighter's Lament",
            "Market Day in Rye",
            "Penny for the Busker",
            "Whistle Me Home",
            "Cobblestone Serenade (Finale)",
        ],
        people=[
            ("Lamplighter's Lament", "Arthur Penhaligon", "composer"),
            ("Lamplighter's Lament", "Wyn Treharne", "composer"),
            ("Market Day in Rye", "Arthur Penhaligon", "composer"),
            ("Market Day in Rye", "Wyn Treharne", "composer"),
            ("Penny for the Busker", "Arthur Penhaligon", "composer"),
            ("Penny for the Busker", "Wyn Treharne", "composer"),
            ("Whistle Me Home", "Arthur Penhaligon", "composer"),
            ("Whistle Me Home", "Wyn Treharne", "composer"),
            ("Cobblestone Serenade (Finale)", "Arthur Penhaligon", "composer"),
            ("Cobblestone Serenade (Finale)", "Wyn Treharne", "composer"),
            ("Lamplighter's Lament", "Sally Ambrose", "performer"),
            ("Whistle Me Home", "Sally Ambrose", "performer"),
            ("Penny for the Busker", "Desmond Hale", "performer"),
        ],
        albums=["Cobblestone Serenade soundtrack"],
        peaks=[
            ("Lamplighter's Lament", 4, "uk_singles"),
            ("Cobblestone Serenade soundtrack", 7, "uk_albums"),
        ],
        places=["Mermaid Street"],
    ),
    # 19. A wedding DJ's package page (Australian, sparse).
    post(
        "montage-moment-wedding-dj-package-at",
        "jekyll",
        "The Montage Moment Package — Wedding DJ, Sunshine Coast",
        [
            "<strong>$1,890 inc. GST</strong> &middot; 6 hours of music &middot; Ceremony, "
            "canapés and reception &middot; Travel included from Noosa to Caloundra",
            "Every couple I've ever played for has had one song that stops the room. For "
            "heaps of you, it turns out, it's the same one. Since I started DJing weddings in "
            "2012 I've had more requests for “Forever's a Long Weekend” than for anything else "
            "— yes, more than the usual suspects — so I built a whole package around it.",
            "If you somehow missed it: it's the Jolene Fitch song from the getting-ready "
            "montage in <em>Confetti Weather</em> (2006), where the bridesmaids race the "
            "clock, the caterer loses the cake, the groom irons his shirt with a hair "
            "straightener and it all somehow works out by the last chorus. It's cheesy. It's "
            "perfect. I've seen a father of the bride sing every word of it standing on a chair.",
            "H: What's included",
            "LIST: Pre-wedding consult (in person or video) to plan your run sheet | Ceremony "
            "sound with two wireless mics and a lapel mic for the celebrant | A 3-minute "
            "“montage moment” — I cut together your getting-ready photos from the morning and "
            "play them on a projector, set to the song, during dinner | Reception DJ set with "
            "lighting, dance floor wash and a bit of haze if the venue allows | Your first "
            "dance, mixed to the exact length you want | Unlimited song requests (and a do-not-"
            "play list, I take those very seriously)",
            "H: Add-ons",
            "LIST: Extra hour — $220 | Photo booth with props — $650 | Sparkler send-off "
            "playlist and timing — free, just ask | Acoustic duo for the ceremony (my mate "
            "Brodie and his sister) — from $900",
            "H: How it works",
            "You book with a $400 deposit, we catch up around three months out to go through "
            "the music, and then a final check-in the week of the wedding. On the day I'm set "
            "up an hour before guests arrive and I don't leave until the last person's been "
            "talked off the dance floor.",
            "H: Kind words",
            "“Jase made our montage on the morning of the wedding and had half the room in "
            "tears by entrée. Best money we spent.” — Kate &amp; Tom, married at Montville ★★★★★",
            "Dates for next spring are filling fast, especially Saturdays in October. Flick me "
            "a message with your date and venue and I'll let you know if I'm free.",
        ],
        video="yt:CfW06dJ_pKx",
        film=("Confetti Weather", 2006),
        tracks=["Forever's a Long Weekend"],
        people=[("Forever's a Long Weekend", "Jolene Fitch", "performer")],
    ),
    # 20. A merch store's T-shirt description (American).
    post(
        "static-saints-tour-tee-merch-at",
        "handmade",
        "The Static Saints '90 Tour Tee — Dead Air Radio Official Merch",
        [
            "<strong>$28.00</strong> &middot; Sizes S – 3XL &middot; 100% ring-spun cotton "
            "&middot; ★★★★☆ (214 reviews) &middot; Free shipping on orders over $60",
            "Crank it. This is the shirt The Static Saints wear in the last ten minutes of "
            "<em>Dead Air Radio</em> (1990), faithfully recreated from a production still, "
            "right down to the misspelled tour date on the back. The front has the band's "
            "skull-and-antenna logo in cracked white ink; the back lists a tour that never "
            "happened, through cities the band never played.",
            "H: About the band",
            "The Saints weren't actors pretending. The producers put them together for the "
            "film out of four session players from Tulsa, and they actually tore through "
            "“Turn It Up Till It Breaks” live on camera for the montage where the pirate "
            "station takes over the whole town's airwaves, one car radio at a time. The song "
            "was written by Mick Oduya, a Tulsa songwriter who also pops up as the bartender, "
            "and the single made it to No. 11 on Billboard's Mainstream Rock chart in the "
            "fall of 1990. It missed the Hot 100 by a hair. That still bugs people. The "
            "soundtrack, <em>Dead Air Radio: Music from the Motion Picture</em>, topped out at "
            "No. 61 on the Billboard 200.",
            "The concert scenes were filmed at Cain's Ballroom. If you've been, you know the "
            "floor. If you haven't, go.",
            "H: Details",
            "LIST: Heavyweight 6.1 oz tee, pre-shrunk | Vintage-wash charcoal | Screen-printed "
            "in Oklahoma with water-based inks | Tagless neck label | Back print: “DEAD AIR '90 "
            "— THE LOUD WORLD TOUR” with 12 fake dates",
            "H: Size guide (chest, inches)",
            "LIST: S — 36–38 | M — 39–41 | L — 42–44 | XL — 45–47 | 2XL — 48–50 | 3XL — 51–53",
            "Fits true to size; size up if you want that oversized '90 look, size down if you "
            "like it fitted. Our model is 6'1\" and wearing a large.",
            "H: Care",
            "Wash cold, inside out. Hang dry. Do not iron the print. Do not turn it up till it "
            "breaks.",
            "H: Reviews",
            "“Wore it to a screening and three people asked where I got it. The fake tour "
            "dates are hilarious.” — Becca M. ★★★★★",
            "“Great shirt, runs a touch short. Would buy again.” — dwayne_t ★★★★☆",
            "Officially licensed. A portion of every sale goes to the Oduya family.",
        ],
        video="yt:DaR90tSsT8e",
        film=("Dead Air Radio", 1990),
        tracks=["Turn It Up Till It Breaks"],
        people=[
            ("Turn It Up Till It Breaks", "The Static Saints", "performer"),
            ("Turn It Up Till It Breaks", "Mick Oduya", "composer"),
        ],
        albums=["Dead Air Radio: Music from the Motion Picture"],
        peaks=[
            ("Turn It Up Till It Breaks", 11, "billboard_mainstream_rock"),
            ("Dead Air Radio: Music from the Motion Picture", 61, "billboard_200"),
        ],
        places=["Cain's Ballroom"],
    ),
]
