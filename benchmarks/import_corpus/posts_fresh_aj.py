"""Round 19, set AJ: twenty posts by a thirty-seventh writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    post(
        "saltmarsh-year-lanterns-trending-aj",
        "medium",
        "Why is everyone suddenly humming “Paper Lanterns in the Rain”?",
        [
            "If your feed has filled up this month with slow-motion clips of strangers wading"
            " into grey water, blame a montage that is older than most of the people reposting"
            " it. The footage comes from <em>The Saltmarsh Year</em> (1987), a quiet coastal"
            " drama that barely played outside art houses, and the song carrying it is “Paper"
            " Lanterns in the Rain” by the Hollin Brakes.",
            "H: First, the song",
            "It was the second single from <em>Weatherglass</em>, the only album the Hollin"
            " Brakes made for a major label. Frontwoman Dessa Moorcroft wrote it with the band's"
            " keyboard player, Ivo Tansley, during what she once called “one very wet afternoon"
            " in a borrowed caravan”. The band had driven down from Sheffield to cut it with"
            " producer Colm Rafferty; they broke up before the decade was out.",
            "H: Was it a hit the first time?",
            "Sort of. Released in the US to tie in with the film, it crept up to number 14 on"
            " the Billboard Hot 100 in the spring of 1988 and went as high as six on the Adult"
            " Contemporary list. At home it did nothing: it never troubled the UK Top 75, which"
            " the band's old manager still brings up unprompted.",
            "H: And now?",
            "Now it's doing what the eighties wouldn't let it. The RIAA certified the single"
            " gold in March, thirty-six years late, and a silver disc from the BPI followed"
            " within weeks. Even <em>Weatherglass</em> is back, climbing to a new high of No. 31"
            " on the UK Albums Chart.",
            "H: That beach isn't in Maine, is it?",
            "No. The script says Maine, but director Ruth Calloway shot the whole montage on the"
            " North Yorkshire coast. The cottages tumbling down to the water are Robin Hood's"
            " Bay, playing a Maine fishing village with the help of clapboard shopfronts and some"
            " very American mailboxes; the last shot, the one everyone is recreating, was filmed"
            " on the steps up to Whitby Abbey.",
            "One correction to the viral captions: “Marram Grass”, the other Hollin Brakes song"
            " people keep tagging, is not in <em>The Saltmarsh Year</em> at all. It was only ever"
            " in the trailer.",
        ],
        video="yt:Rk4wP9zTq1M",
        film=("The Saltmarsh Year", 1987),
        tracks=["Paper Lanterns in the Rain"],
        people=[
            ("Paper Lanterns in the Rain", "Dessa Moorcroft", "composer"),
            ("Paper Lanterns in the Rain", "Ivo Tansley", "composer"),
            ("Paper Lanterns in the Rain", "The Hollin Brakes", "performer"),
        ],
        albums=["Weatherglass"],
        peaks=[
            ("Paper Lanterns in the Rain", 14, "billboard_hot_100"),
            ("Paper Lanterns in the Rain", 6, "billboard_adult_contemporary"),
            ("Weatherglass", 31, "uk_albums"),
        ],
        certs=[
            ("Paper Lanterns in the Rain", "gold", 1, "riaa"),
            ("Paper Lanterns in the Rain", "silver", 1, "bpi"),
        ],
        places=["Robin Hood's Bay", "Whitby Abbey"],
        stood=[("Robin Hood's Bay", "a Maine fishing village")],
    ),
    post(
        "kilometre-zero-revival-aj",
        "wp_classic",
        "Thirty years on, the Kilometre Zero songs get a second life",
        [
            "When the restored <em>Kilometre Zero</em>, Henrik Sandvold's 1991 road film, opened"
            " a retrospective in Lisbon last autumn, the applause in the middle of the screening"
            " was not for the direction. It was for four minutes of tram rides and laundry lines"
            " set to Marisol Vantongeren's “Sodium Summer”, a song that had been out of print for"
            " most of those three decades.",
            "Vantongeren, who was born in Rotterdam and now lives on a farm outside Ghent, wrote"
            " “Sodium Summer” by herself and sang it in a single take. “I didn't know it would be"
            " a montage,” she told us. “I thought it was going under the end credits.” That year"
            " it went to number three in Germany and earned her a gold record from the BVMI; it"
            " is the reason she is touring again at sixty-two.",
            "H: The other song",
            "Halfway through, the montage hands over to a very different record. “Concrete Angels"
            " Don't Sing” is by the Fenwick Ladder, a Newcastle four-piece, and was written by"
            " their guitarist Hal Oduya together with the poet Perpetua Grist, who has never"
            " otherwise written a lyric. It reached No. 22 on the UK singles chart. It was never"
            " released in America, so don't bother looking for it in old Hot 100 listings.",
            "Both songs are on <em>Kilometre Zero: Music from the Film</em>, which comes back on"
            " vinyl next month with a new sleeve and, mercifully, the original running order.",
            "H: Where it was shot",
            "The film is set in Lisbon, but the montage is the lovers' imagined escape, and"
            " there the steep lanes of Alfama stand in for Havana (the production could not get"
            " permits for Cuba). The yellow funicular they ride is the Elevador da Bica,"
            " repainted for a week in a shade of green the neighbours apparently still complain"
            " about.",
        ],
        video="vimeo:284615093",
        film=("Kilometre Zero", 1991),
        tracks=["Sodium Summer", "Concrete Angels Don't Sing"],
        people=[
            ("Sodium Summer", "Marisol Vantongeren", "composer"),
            ("Sodium Summer", "Marisol Vantongeren", "performer"),
            ("Concrete Angels Don't Sing", "Hal Oduya", "composer"),
            ("Concrete Angels Don't Sing", "Perpetua Grist", "composer"),
            ("Concrete Angels Don't Sing", "The Fenwick Ladder", "performer"),
        ],
        albums=["Kilometre Zero: Music from the Film"],
        peaks=[
            ("Sodium Summer", 3, "germany_media_control"),
            ("Concrete Angels Don't Sing", 22, "uk_singles"),
        ],
        certs=[("Sodium Summer", "gold", 1, "bvmi")],
        places=["Alfama", "Elevador da Bica"],
        stood=[("Alfama", "Havana")],
    ),
    post(
        "glass-harbour-chart-column-aj",
        "substack",
        "The Countdown: a montage song climbs, and climbs again",
        [
            "Good morning, and welcome back to the column that reads the charts so you don't"
            " have to. The story of the week is not a new release at all but a song that has"
            " been out since October: Oksana Reyhill's “Bite the Static”, which plays over the"
            " ferry montage in <em>Glass Harbour</em>, the 2023 thriller that has found a second"
            " audience since it landed on streaming.",
            "H: The numbers",
            "LIST: UK singles: up three places to No. 2, its highest position yet | Billboard"
            " Hot 100: eleventh, also a new peak | Ireland: a second week at the top of the"
            " Irish Singles Chart",
            "H: Who's behind it",
            "Reyhill wrote it with two friends from her university days, Tobiah Fenn and Lark"
            " Ashdown-Mbeki, and produced it herself in a rented flat. It is the fourth track on"
            " the <em>Glass Harbour</em> soundtrack, which is also where you'll find the other"
            " montage cue, Fenn's own instrumental “Slipway”. (So Fenn did double duty:"
            " co-writer on one, sole composer and player on the other.)",
            "H: Silverware",
            "The certifications are catching up too. The BPI made “Bite the Static” platinum on"
            " Friday, and ARIA in Australia has already gone to double platinum.",
            "H: Where's that ferry?",
            "Half the comments under the clip ask where the montage was filmed. Iceland, is the"
            " answer: the terminal where the song kicks in is the Harpa concert hall in"
            " Reykjavík, dressed as a Baltic ferry terminal, and the fjord in the closing shot"
            " is Seyðisfjörður. The film claims to be set in Estonia; the mountains give it away.",
            "H: One rumour to kill",
            "No, Doon Caravel's “Heavy Petals” is not in <em>Glass Harbour</em>. It turned up in"
            " a fan-made trailer and nowhere else. Please stop emailing.",
        ],
        video="yt:b7XnL2eQw0s",
        film=("Glass Harbour", 2023),
        tracks=["Bite the Static", "Slipway"],
        people=[
            ("Bite the Static", "Oksana Reyhill", "composer"),
            ("Bite the Static", "Oksana Reyhill", "performer"),
            ("Bite the Static", "Tobiah Fenn", "composer"),
            ("Bite the Static", "Lark Ashdown-Mbeki", "composer"),
            ("Slipway", "Tobiah Fenn", "composer"),
            ("Slipway", "Tobiah Fenn", "performer"),
        ],
        albums=["Glass Harbour soundtrack"],
        peaks=[
            ("Bite the Static", 2, "uk_singles"),
            ("Bite the Static", 11, "billboard_hot_100"),
            ("Bite the Static", 1, "other:Irish Singles Chart"),
        ],
        certs=[
            ("Bite the Static", "platinum", 1, "bpi"),
            ("Bite the Static", "platinum", 2, "aria"),
        ],
        places=["Harpa", "Seyðisfjörður"],
        stood=[("Harpa", "a Baltic ferry terminal")],
    ),
    post(
        "wendell-quaye-obituary-aj",
        "ghost",
        "Wendell Quaye, 1941–2024: the man who wrote the Long Division montage",
        [
            "Wendell Ambrose Quaye, who has died at his home in Nashville at the age of"
            " eighty-three, wrote hundreds of songs, but the one that will run in his obituaries"
            " is the one that ran under four minutes of <em>The Long Division</em>, the 1979"
            " drama about a steelworker's son walking home through a city that is about to lay"
            " him off.",
            "Born in Savannah in 1941, Quaye spent his twenties as a session bassist before he"
            " started writing. He did not often sing his own material, and he did not sing this"
            " one. “Every Light on Lorimer Street” was recorded by Bettina Lusk, then twenty-two,"
            " in one evening at a studio that no longer exists.",
            "H: Words and music by Wendell Quaye",
            "He wrote it alone, words and music, which he said was rare for him. Lusk's"
            " recording went to No. 5 on the Billboard Hot 100 in the summer of 1979 and was"
            " certified gold by the RIAA the following January; north of the border it peaked at"
            " twelve on the RPM chart. It opened her second album, <em>Lamplighter</em>, and she"
            " has sung it at every concert since.",
            "The film also uses a second Quaye song, and this time the voice is his: “Tin Roof"
            " Serenade”, a rough, half-spoken thing that plays over the closing shot. It was"
            " never a single and never charted anywhere, which seems to be how he liked it.",
            "H: The montage",
            "Director Abe Kowalczyk shot it in Pittsburgh's Strip District, which plays Detroit"
            " (the studio had wanted the real thing and couldn't afford it). Quaye visited the"
            " set once. “They had a man walking under a bridge to my song,” he told a radio host"
            " years later, “and I thought, well, that's it, I can die now.”",
            "He is survived by his wife, Odessa, and by a song that will outlast us all.",
        ],
        video="yt:Hc9vQ1mZ3aU",
        film=("The Long Division", 1979),
        tracks=["Every Light on Lorimer Street", "Tin Roof Serenade"],
        people=[
            ("Every Light on Lorimer Street", "Wendell Quaye", "composer"),
            ("Every Light on Lorimer Street", "Bettina Lusk", "performer"),
            ("Tin Roof Serenade", "Wendell Quaye", "composer"),
            ("Tin Roof Serenade", "Wendell Quaye", "performer"),
        ],
        albums=["Lamplighter"],
        peaks=[
            ("Every Light on Lorimer Street", 5, "billboard_hot_100"),
            ("Every Light on Lorimer Street", 12, "canada_rpm"),
        ],
        certs=[("Every Light on Lorimer Street", "gold", 1, "riaa")],
        places=["Strip District"],
        stood=[("Strip District", "Detroit")],
    ),
    post(
        "orchard-tapes-record-shop-report-aj",
        "blogger",
        "Notes from behind the counter: everyone wants The Orchard Tapes",
        [
            "Three weeks since the anniversary screening of <em>The Orchard Tapes</em> (1996,"
            " if you want to feel old) and I have sold out of the soundtrack twice. Here at the"
            " shop in Leeds we usually shift maybe one copy a year, to a man called Derek. This"
            " month it's been students, pensioners and one very nervous groom who wanted the"
            " montage song for his first dance.",
            "H: What they're asking for",
            "The montage, for those who haven't cried at it lately, is the one where Niamh and"
            " her dad paint the beach huts. It runs on two songs. First Pim &amp; The Lodgers"
            " with “Cul-de-sac Cathedral”, Pim Halloran's only real hit (he wrote it, the band"
            " played it, nobody remembers the Lodgers' names). Then it fades into Suki"
            " Ambernathy's “Hands Like Weather”, which she co-wrote with Rollo Guest.",
            "H: A little table for the regulars who ask",
            "<table border='1'><tr><th>Record</th><th>UK peak</th><th>Certification</th></tr>"
            "<tr><td>Cul-de-sac Cathedral (single)</td><td>19</td><td>none</td></tr>"
            "<tr><td>Hands Like Weather (single)</td><td>did not chart</td><td>none</td></tr>"
            "<tr><td><em>The Orchard Tapes: Songs from the Film</em> (LP)</td><td>7</td>"
            "<td>BPI gold</td></tr></table>",
            "H: Where they made it",
            "Every second customer tells me it was filmed in Brighton. It wasn't. The pier is"
            " Hastings Pier, before the fire, and the hotel where the dad works, which the"
            " script calls a Miami hotel with a straight face, is the De La Warr Pavilion along"
            " the coast in Bexhill.",
            "H: And no, it isn't on there",
            "The song people hum at me that is NOT on the record: “Lantern Jaw” by the"
            " Coldharbour Seven. That's from the sequel, love. Different film, different shelf.",
            "Restock due Thursday. Derek, I've put one aside.",
        ],
        video="vimeo:402917736",
        film=("The Orchard Tapes", 1996),
        tracks=["Cul-de-sac Cathedral", "Hands Like Weather"],
        people=[
            ("Cul-de-sac Cathedral", "Pim Halloran", "composer"),
            ("Cul-de-sac Cathedral", "Pim & The Lodgers", "performer"),
            ("Hands Like Weather", "Suki Ambernathy", "performer"),
            ("Hands Like Weather", "Suki Ambernathy", "composer"),
            ("Hands Like Weather", "Rollo Guest", "composer"),
        ],
        albums=["The Orchard Tapes: Songs from the Film"],
        peaks=[
            ("Cul-de-sac Cathedral", 19, "uk_singles"),
            ("The Orchard Tapes: Songs from the Film", 7, "uk_albums"),
        ],
        certs=[("The Orchard Tapes: Songs from the Film", "gold", 1, "bpi")],
        places=["Hastings Pier", "De La Warr Pavilion"],
        stood=[("De La Warr Pavilion", "a Miami hotel")],
    ),
    post(
        "meridian-drift-vinyl-unboxing-aj",
        "squarespace",
        "Unboxing: the Meridian Drift double LP, and the song I bought it for",
        [
            "The box arrived on Tuesday, heavier than it has any right to be. Inside: two"
            " 180-gram records in smoked grey, a poster of a lighthouse at dusk, and a booklet of"
            " notes from Saoirse Lundqvist, who directed <em>Meridian Drift</em> back in 2015."
            " The set is called <em>Night Ferry Hymns</em>, which is a lot of poetry for a record"
            " that is mostly synth drones.",
            "H: Side B, track 1",
            "This is why I bought it. “Paraffin Heart” plays over the montage where the crew"
            " wake one by one from cryosleep, and it's the only thing on the album with a human"
            " voice. Juno Kessarine wrote it and sings it, accompanied by a harmonium and what"
            " sounds like a kettle.",
            "The second montage song is tucked away on side D: “Halfway to Ultramarine”,"
            " played by the Beryl Quartet, with words and music by the quartet's cellist, Osgood"
            " Vale. It's lovely, and nobody ever talks about it.",
            "H: The paperwork",
            "The sticker on the shrink-wrap is a humblebrag: No. 2 on the Billboard Soundtracks"
            " chart. The booklet adds that “Paraffin Heart” went platinum in Canada and gold in"
            " France (SNEP), neither of which I knew.",
            "H: The bit that isn't the film",
            "The bonus seven-inch has “Cold Sun Reprise”, an outtake Lundqvist says was cut"
            " before the montage was ever edited. It's pretty. It isn't in the film.",
            "H: Where that lighthouse is",
            "The lighthouse on the poster is the one the crew stumble towards at the end of the"
            " montage: Neist Point, on the Isle of Skye, cast as a research outpost on Europa."
            " The ridgeline in the wide shots is the Quiraing, a few miles north. Lundqvist's"
            " notes say they lost three days to wind.",
        ],
        video="yt:Lf2sK8dN5rY",
        film=("Meridian Drift", 2015),
        tracks=["Paraffin Heart", "Halfway to Ultramarine"],
        people=[
            ("Paraffin Heart", "Juno Kessarine", "composer"),
            ("Paraffin Heart", "Juno Kessarine", "performer"),
            ("Halfway to Ultramarine", "The Beryl Quartet", "performer"),
            ("Halfway to Ultramarine", "Osgood Vale", "composer"),
        ],
        albums=["Night Ferry Hymns"],
        peaks=[("Night Ferry Hymns", 2, "billboard_soundtracks")],
        certs=[
            ("Paraffin Heart", "platinum", 1, "music_canada"),
            ("Paraffin Heart", "gold", 1, "snep"),
        ],
        places=["Neist Point", "Quiraing"],
        stood=[("Neist Point", "a research outpost on Europa")],
    ),
    post(
        "overpass-lullaby-oral-history-aj",
        "hugo",
        "“We thought it'd be cut”: an oral history of Overpass Lullaby",
        [
            "Sister Capsule formed in Tucson in 1989, made two records and split in 1997. In"
            " between, one of their songs carried the night-drive montage in <em>Highway of"
            " Small Hours</em> (1994) and briefly made them the most-played band on American rock"
            " radio. We asked the four of them, and the film's editor, how it happened.",
            "H: The song",
            "<strong>Nell Arkwright (vocals, guitar):</strong> “I had the words for ‘Overpass"
            " Lullaby’ on the back of a parking ticket for about a year. Dev is the one who"
            " turned them into a song.”",
            "<strong>Dev Kuriakose (bass):</strong> “She's being generous. Her lyric, my chords,"
            " fifty-fifty. That's what the credits say and that's what happened.”",
            "<strong>Joanie Prudhomme (drums):</strong> “We cut it in Memphis in two days. I"
            " wanted a third day. I always want a third day.”",
            "H: The film",
            "<strong>Ray Steinholt (editor):</strong> “The director temp-tracked it and we all"
            " assumed we'd have to replace it. Then the band said yes for almost nothing.”",
            "<strong>Arkwright:</strong> “We didn't see it until the premiere. There's this shot"
            " on the Bixby Creek Bridge and the chorus lands exactly on it, and I just grabbed"
            " Dev's arm.”",
            "<strong>Steinholt:</strong> “In the story Bixby is Oregon, somewhere near the state"
            " line. We shot the diner stuff at the Madonna Inn in San Luis Obispo and nobody"
            " noticed that either.”",
            "H: The charts",
            "<strong>Kuriakose:</strong> “Mainstream Rock, number four. Hot 100, thirty-eight. In"
            " Canada it got to nine on RPM, which I only found out about in 2010.”",
            "<strong>Prudhomme:</strong> “And it went nowhere in the UK. We did one TV show in"
            " London and the host called us Sister Capsules.”",
            "<strong>Arkwright:</strong> “The album did better than the single, weirdly."
            " <em>Quarry Light</em> went gold — the RIAA plaque is in my mum's hallway — and got"
            " to twenty-seven on the Billboard 200.”",
            "<strong>Theo Marsh (guitar):</strong> “Put in that I didn't say anything. That's"
            " very on brand.”",
        ],
        video="vimeo:193884027",
        film=("Highway of Small Hours", 1994),
        tracks=["Overpass Lullaby"],
        people=[
            ("Overpass Lullaby", "Nell Arkwright", "composer"),
            ("Overpass Lullaby", "Dev Kuriakose", "composer"),
            ("Overpass Lullaby", "Sister Capsule", "performer"),
        ],
        albums=["Quarry Light"],
        peaks=[
            ("Overpass Lullaby", 4, "billboard_mainstream_rock"),
            ("Overpass Lullaby", 38, "billboard_hot_100"),
            ("Overpass Lullaby", 9, "canada_rpm"),
            ("Quarry Light", 27, "billboard_200"),
        ],
        certs=[("Quarry Light", "gold", 1, "riaa")],
        places=["Bixby Creek Bridge", "Madonna Inn"],
        stood=[("Bixby Creek Bridge", "Oregon")],
    ),
    post(
        "silver-dollar-moonrise-cover-band-aj",
        "handmade",
        "Why we still play Silver Dollar Moonrise (and the one we won't)",
        [
            "Hello again from the van. Somebody at last Saturday's wedding asked why a band"
            " whose average age is fifty-eight opens every second set with a song from a 1982"
            " teen film, so here is the long answer.",
            "The film is <em>The Last Good Summer of Ray Tolliver</em>, and the song is “Silver"
            " Dollar Moonrise”. It plays over the montage where Ray and his cousin drive the"
            " pickup across the desert with the tailgate down. Clementine Dray sang it. Augie"
            " Pennefather wrote it, and if you've ever wondered why the bridge is so hard to"
            " sing, it's because Augie wrote it for a voice like Clementine's and none of us"
            " has one.",
            "It was huge. Here's what we put on the flyer:",
            "<table border='1' cellpadding='4'><tr><td><b>Where</b></td><td><b>How high</b></td>"
            "</tr><tr><td>Billboard Hot 100</td><td>2 (for three weeks!)</td></tr><tr><td>Kent"
            " Music Report, Australia</td><td>1</td></tr><tr><td>RPM, Canada</td><td>8</td></tr>"
            "</table>",
            "Platinum in the States as well, according to the soundtrack cassette our bass"
            " player bought at a gas station in 1983. (There's an RIAA sticker on it. He showed"
            " us.)",
            "The second song in the montage is “Two-Lane Gospel”, which Augie co-wrote with"
            " Merle Vantreese and the Cottonmouth Seraphs recorded. We tried it once. Our"
            " drummer has asked us never to try it again. It's a great song, just not a wedding"
            " song. It never charted, for what it's worth, and it isn't on that cassette.",
            "The one we won't play? “Tumbleweed Tuxedo”. Everybody thinks it's in the film."
            " It's not: it was on the radio that summer and people have merged the two in their"
            " heads. We are not learning it.",
            "Last thing, since a couple of you asked: the desert road is outside Marfa, Texas,"
            " and the border crossing they drive to was really shot in Big Bend National Park,"
            " playing Mexico. Our guitarist made a pilgrimage in 2015 and sent us a photo of a"
            " cow.",
            "See you at the Elks Lodge on the 14th.",
        ],
        video="yt:Tz8mW1pXc4E",
        film=("The Last Good Summer of Ray Tolliver", 1982),
        tracks=["Silver Dollar Moonrise", "Two-Lane Gospel"],
        people=[
            ("Silver Dollar Moonrise", "Clementine Dray", "performer"),
            ("Silver Dollar Moonrise", "Augie Pennefather", "composer"),
            ("Two-Lane Gospel", "Augie Pennefather", "composer"),
            ("Two-Lane Gospel", "Merle Vantreese", "composer"),
            ("Two-Lane Gospel", "The Cottonmouth Seraphs", "performer"),
        ],
        albums=["The Last Good Summer of Ray Tolliver soundtrack"],
        peaks=[
            ("Silver Dollar Moonrise", 2, "billboard_hot_100"),
            ("Silver Dollar Moonrise", 1, "australia_kent"),
            ("Silver Dollar Moonrise", 8, "canada_rpm"),
        ],
        certs=[("Silver Dollar Moonrise", "platinum", 1, "riaa")],
        places=["Marfa", "Big Bend National Park"],
        stood=[("Big Bend National Park", "Mexico")],
    ),
    post(
        "corrugated-hearts-hydrant-season-sync-aj",
        "gutenberg",
        "The licence that almost didn't happen: how Hydrant Season got into Corrugated Hearts",
        [
            "Music supervisor Odile Franck-Mercer keeps a spreadsheet of every song she has"
            " failed to clear. It has three hundred and eleven rows. “Hydrant Season” was nearly"
            " row three hundred and twelve.",
            "The song is a 1976 single by Minnow Parade, a band that lasted about as long as the"
            " single did. Their singer, Rafe Castellanos-Whit, wrote it; the rights, after two"
            " label collapses, sat with an estate in Adelaide that nobody could find. “The master"
            " was with one company, the publishing was with another, and Rafe's share was with"
            " his ex-wife's nephew,” Franck-Mercer says. “That's a normal Tuesday.”",
            "H: Why that song",
            "Bashir Okonedo-Lyle, who directed <em>Corrugated Hearts</em> (released in 2019),"
            " wanted it for the montage in which two sisters rebuild their late father's market"
            " stall, and nothing else on the temp track came close. He also tried Gideon"
            " Alabaster's “Lamp Black”, which tested better with audiences; it was dropped in the"
            " final mix and is not in the film.",
            "H: What it did the first time",
            "In 1976 “Hydrant Season” peaked at number seventeen in Australia, on the Kent Music"
            " Report, and turned up on Minnow Parade's one and only album, <em>Municipal"
            " Blue</em>. It did not chart in Britain or in the US.",
            "H: What it did the second time",
            "After the film, things moved quickly. Within a month the song had climbed to No. 9"
            " on the UK Singles Chart, forty-three years after its release, and in 2020 the BPI"
            " certified it silver. Castellanos-Whit, now seventy-four, has bought a boat.",
            "The other licensed song in the film, a new one, was far easier: Tamsin Oyelaran's"
            " “Ode to a Bus Shelter”, which she co-wrote with Grigor Vasić to order, was cleared"
            " in an afternoon.",
            "H: The locations",
            "The market-stall scenes were shot at the Barras in Glasgow, which stands in for a"
            " Brooklyn flea market; the picnic that closes the montage is in Kelvingrove Park.",
        ],
        video="yt:Nn5cE0aVt7k",
        film=("Corrugated Hearts", 2019),
        tracks=["Hydrant Season", "Ode to a Bus Shelter"],
        people=[
            ("Hydrant Season", "Rafe Castellanos-Whit", "composer"),
            ("Hydrant Season", "Minnow Parade", "performer"),
            ("Ode to a Bus Shelter", "Tamsin Oyelaran", "performer"),
            ("Ode to a Bus Shelter", "Tamsin Oyelaran", "composer"),
            ("Ode to a Bus Shelter", "Grigor Vasić", "composer"),
        ],
        albums=["Municipal Blue"],
        peaks=[
            ("Hydrant Season", 17, "australia_kent"),
            ("Hydrant Season", 9, "uk_singles"),
        ],
        certs=[("Hydrant Season", "silver", 1, "bpi")],
        places=["Barras", "Kelvingrove Park"],
        stood=[("Barras", "a Brooklyn flea market")],
    ),
    post(
        "cathedral-of-gulls-hidden-songs-aj",
        "jekyll",
        "Three songs you didn't know were in Cathedral of Gulls",
        [
            "Everyone remembers the lido montage in <em>Cathedral of Gulls</em> (2001) for the"
            " frozen pool and the dog in a scarf. Fewer people could tell you what's playing."
            " There are three songs in those five minutes, plus one you'd swear is there but"
            " isn't.",
            "H: 1. Cinnamon Telegraph, by Yusra Kellaway",
            "The opener. Kellaway co-wrote it with her then-partner Bram Ostrander and it was her"
            " biggest hit: a No. 6 in the UK and a number twelve in Germany. Platinum Europe from"
            " the IFPI, too, which I had to look up.",
            "H: 2. The Night the Lido Froze, by Hector and the Pallbearers",
            "The one that actually names the scene. Hector Lindqvist-Amar wrote it for the film"
            " after seeing a rough cut, which is why the lyric mentions a scarf, and his band"
            " recorded it the same week.",
            "H: 3. Semaphore, by Ada Quintrell",
            "The quiet one over the last shot. Words and music are Quintrell's own; it comes"
            " from her album <em>Signal Fires</em> and was certified gold in Australia by ARIA"
            " the following year. It got nowhere near the UK chart.",
            "H: And the one that isn't",
            "“Gullwing Coupe” by the Salt Choir is in half the uploads of this montage, but it is"
            " not in the film. Somebody added it to a fan edit in 2006 and the internet took it"
            " from there.",
            "H: Where's the lido?",
            "Penzance. The pool is the Jubilee Pool on the seafront, playing a Black Sea resort"
            " (the signage is in Cyrillic, and still looks great). The shot of the dog on the"
            " causeway was filmed at St Michael's Mount, just along the bay.",
        ],
        video="vimeo:529306178",
        film=("Cathedral of Gulls", 2001),
        tracks=["Cinnamon Telegraph", "The Night the Lido Froze", "Semaphore"],
        people=[
            ("Cinnamon Telegraph", "Yusra Kellaway", "performer"),
            ("Cinnamon Telegraph", "Yusra Kellaway", "composer"),
            ("Cinnamon Telegraph", "Bram Ostrander", "composer"),
            ("The Night the Lido Froze", "Hector Lindqvist-Amar", "composer"),
            ("The Night the Lido Froze", "Hector and the Pallbearers", "performer"),
            ("Semaphore", "Ada Quintrell", "performer"),
            ("Semaphore", "Ada Quintrell", "composer"),
        ],
        albums=["Signal Fires"],
        peaks=[
            ("Cinnamon Telegraph", 6, "uk_singles"),
            ("Cinnamon Telegraph", 12, "germany_media_control"),
        ],
        certs=[
            ("Cinnamon Telegraph", "platinum", 1, "ifpi"),
            ("Semaphore", "gold", 1, "aria"),
        ],
        places=["Jubilee Pool", "St Michael's Mount"],
        stood=[("Jubilee Pool", "a Black Sea resort")],
    ),
    post(
        "halogen-kiss-skyline-fever-trending-aj",
        "substack",
        "Explainer: how a 1999 club track became this spring's most-Shazamed song",
        [
            "Short answer: a clip of the rooftop montage from <em>Skyline Fever</em>, the 1999"
            " thriller, went viral, and the track underneath it was “Halogen Kiss”. Long answer"
            " below.",
            "H: Who made it",
            "“Halogen Kiss” is credited to Moritz Falkenrath featuring Leyla Brightwater."
            " Falkenrath, a Hamburg DJ, produced it and wrote it with his studio partner Joss"
            " Treadwell. Brightwater didn't write a note, but it's her voice everyone is looping.",
            "It was on his only album, <em>Lightbox Mythology</em>, which you can now buy again"
            " on coloured vinyl, because of course you can.",
            "H: How big was it then?",
            "Bigger in Europe than you'd guess. It topped the German chart for four weeks in the"
            " summer of 1999, reached number four in the UK and was certified platinum by the"
            " BVMI. In France it went diamond (SNEP's highest level), which remains a slightly"
            " baffling fact. It never made the Hot 100; most Americans met it through the film.",
            "H: And now?",
            "After a spring of streaming, the BPI certified it platinum last week: its first"
            " British certification of any kind.",
            "H: Wait, where is that rooftop?",
            "Kraków. The montage was shot across Nowa Huta, the socialist-realist district on"
            " the city's east side, which in the film stands in for East Berlin; the rooftop"
            " itself belongs to the old Hotel Cracovia.",
        ],
        video="yt:Xw1cG7hJm3o",
        film=("Skyline Fever", 1999),
        tracks=["Halogen Kiss"],
        people=[
            ("Halogen Kiss", "Moritz Falkenrath", "performer"),
            ("Halogen Kiss", "Leyla Brightwater", "performer"),
            ("Halogen Kiss", "Moritz Falkenrath", "composer"),
            ("Halogen Kiss", "Joss Treadwell", "composer"),
        ],
        albums=["Lightbox Mythology"],
        peaks=[
            ("Halogen Kiss", 1, "germany_media_control"),
            ("Halogen Kiss", 4, "uk_singles"),
        ],
        certs=[
            ("Halogen Kiss", "platinum", 1, "bvmi"),
            ("Halogen Kiss", "diamond", 1, "snep"),
            ("Halogen Kiss", "platinum", 1, "bpi"),
        ],
        places=["Nowa Huta", "Hotel Cracovia"],
        stood=[("Nowa Huta", "East Berlin")],
    ),
    post(
        "sparrow-under-glass-ashby-pell-revival-aj",
        "hugo",
        "Ashby & Pell, fifty years later",
        [
            "For most of the past half-century, the only way to hear Ashby &amp; Pell was to own"
            " a scratched copy of <em>Fieldfare</em> or to catch <em>Sparrow Under Glass</em>, the"
            " 1972 film, on late-night television. That is changing. The film has been restored,"
            " <em>Fieldfare</em> has been reissued, and Cora Ashby (eighty, sharp, unimpressed)"
            " has agreed to play three concerts.",
            "H: The songs in the film",
            "The montage, in which a young schoolteacher walks the limestone country alone"
            " through a year of seasons, uses two of their songs back to back. The first, “Weir"
            " Road”, the pair wrote together, her tune and his words. The second, “Gorse Fire"
            " Waltz”, is Linus Pell's alone. “He never let me forget it,” Ashby says.",
            "H: What the charts made of it",
            "“Weir Road” spent a single week at number 28 on the UK singles chart in March 1972."
            " <em>Fieldfare</em>, the album both songs come from, did better, climbing as high as"
            " fifteen on the albums chart that spring. Neither was released in America.",
            "Last year, half a century late, the BPI gave <em>Fieldfare</em> a silver"
            " certification. “Silver,” Ashby says. “Well. It's not nothing.”",
            "H: Where it was filmed",
            "The limestone country is the Yorkshire Dales. The great curved cliff the teacher"
            " stands beneath is Malham Cove, which the film passes off as the Scottish Highlands;"
            " the waterfall in the spring section is Janet's Foss, a short walk away. The village"
            " school is a set.",
            "Ashby &amp; Pell broke up in 1975, and Pell died in 2009. The concerts are in Leeds,"
            " York and Settle, and they sold out in an hour.",
        ],
        video="vimeo:371058224",
        film=("Sparrow Under Glass", 1972),
        tracks=["Weir Road", "Gorse Fire Waltz"],
        people=[
            ("Weir Road", "Cora Ashby", "composer"),
            ("Weir Road", "Linus Pell", "composer"),
            ("Weir Road", "Ashby & Pell", "performer"),
            ("Gorse Fire Waltz", "Linus Pell", "composer"),
            ("Gorse Fire Waltz", "Ashby & Pell", "performer"),
        ],
        albums=["Fieldfare"],
        peaks=[
            ("Weir Road", 28, "uk_singles"),
            ("Fieldfare", 15, "uk_albums"),
        ],
        certs=[("Fieldfare", "silver", 1, "bpi")],
        places=["Malham Cove", "Janet's Foss"],
        stood=[("Malham Cove", "the Scottish Highlands")],
    ),
    post(
        "velocity-girls-heatwave-telephone-chart-rewind-aj",
        "medium",
        "Chart Rewind: the week Heatwave Telephone went top ten almost everywhere",
        [
            "Every week this column picks a song from the charts of exactly thirty-eight years"
            " ago. This week it's the song from the roller-skating montage in <em>Velocity"
            " Girls</em>, the 1986 comedy, which that spring was briefly impossible to avoid in"
            " any country with a radio.",
            "H: The record",
            "“Heatwave Telephone” was performed by the Lacquer Club and written by three"
            " people: the band's singer, Simone Achterberg; their producer-turned-keyboardist,"
            " Paul Ruddock-Hale; and a session guitarist named Tariq Benmoussa, who has never"
            " been photographed with them.",
            "H: The chart run, country by country",
            "LIST: USA, Billboard Hot 100: No. 7 | UK, singles chart: No. 3 | Canada, RPM:"
            " No. 5 | Australia, Kent Music Report: No. 2 | West Germany, Media Control: No. 18",
            "Two things stand out. It did best in Australia, where it was kept off the top spot"
            " for three weeks by a novelty record about a kangaroo. And it is one of the few"
            " eighties singles to have done better in Britain than in America.",
            "H: The hardware",
            "Gold in the US from the RIAA; silver in the UK from the BPI; gold in Canada. The"
            " parent album, <em>Gloss Theory</em>, was certified platinum by the RIAA in 1987 and"
            " peaked at 19 on the Billboard 200.",
            "H: The montage",
            "If you haven't seen it: four friends skating along the boardwalk at Venice Beach,"
            " a lot of leg warmers, one spectacular fall. The night scenes are on the Santa"
            " Monica Pier, which is meant to be Atlantic City; the film is set in New Jersey,"
            " and the pier's neon was repainted to match.",
            "Next week: a power ballad from a submarine film. Yes, really.",
        ],
        video="yt:Pq6eJ2sBv9w",
        film=("Velocity Girls", 1986),
        tracks=["Heatwave Telephone"],
        people=[
            ("Heatwave Telephone", "The Lacquer Club", "performer"),
            ("Heatwave Telephone", "Simone Achterberg", "composer"),
            ("Heatwave Telephone", "Paul Ruddock-Hale", "composer"),
            ("Heatwave Telephone", "Tariq Benmoussa", "composer"),
        ],
        albums=["Gloss Theory"],
        peaks=[
            ("Heatwave Telephone", 7, "billboard_hot_100"),
            ("Heatwave Telephone", 3, "uk_singles"),
            ("Heatwave Telephone", 5, "canada_rpm"),
            ("Heatwave Telephone", 2, "australia_kent"),
            ("Heatwave Telephone", 18, "germany_media_control"),
            ("Gloss Theory", 19, "billboard_200"),
        ],
        certs=[
            ("Heatwave Telephone", "gold", 1, "riaa"),
            ("Heatwave Telephone", "silver", 1, "bpi"),
            ("Heatwave Telephone", "gold", 1, "music_canada"),
            ("Gloss Theory", "platinum", 1, "riaa"),
        ],
        places=["Venice Beach", "Santa Monica Pier"],
        stood=[("Santa Monica Pier", "Atlantic City")],
    ),
    post(
        "imelda-carrow-sands-obituary-aj",
        "jekyll",
        "Imelda Carrow-Sands (1936–2024), lyricist",
        [
            "Imelda Carrow-Sands, whose lyrics were sung by half the easy-listening acts of the"
            " 1970s, died on Sunday in Halifax. She was eighty-eight. She rarely gave interviews"
            " and never performed; her standard line was that she “had a face for radio and a"
            " voice for the typewriter.”",
            "Born in Galway, she moved to Canada at nineteen and spent a decade writing"
            " advertising jingles before Benedikt Oyelowo, a film composer she met at a wedding,"
            " asked her to put words to a melody he had written for <em>The Cartographer's"
            " Daughter</em> (1977). The melody became “Salt on the Wire”: his music, her lyric.",
            "H: The song and the scene",
            "In the film it plays over the montage in which the heroine redraws the coastline,"
            " day after day, from the same rock. The Arbogast Sisters, three siblings from Ohio"
            " who had been singing in church until that year, recorded it, and theirs is the"
            " version in the film.",
            "That rock is in Peggy's Cove, on the Nova Scotia shore, which the production"
            " dressed as a fishing village on the west of Ireland. Carrow-Sands, who grew up in"
            " an actual west-of-Ireland fishing village, said it was “close enough to make me"
            " homesick.”",
            "H: How it did",
            "“Salt on the Wire” topped the Billboard Adult Contemporary chart in 1977 and got as"
            " far as No. 23 on the Hot 100. In Canada it was certified gold. It did not chart in"
            " Britain, which Carrow-Sands liked to mention to British journalists.",
            "The song opened the Arbogast Sisters' album <em>Three-Part Weather</em> and the"
            " film's own soundtrack album; neither has ever been reissued.",
            "She also wrote the words for the film's closing number, “Compass Rose”, another"
            " Oyelowo tune, which he sang himself, in a shaky baritone, over the end credits.",
            "She is survived by a niece and by some three hundred songs, most of them better"
            " than their singers.",
        ],
        video="yt:Ge4uY0kRr8c",
        film=("The Cartographer's Daughter", 1977),
        tracks=["Salt on the Wire", "Compass Rose"],
        people=[
            ("Salt on the Wire", "Benedikt Oyelowo", "composer"),
            ("Salt on the Wire", "Imelda Carrow-Sands", "composer"),
            ("Salt on the Wire", "The Arbogast Sisters", "performer"),
            ("Compass Rose", "Imelda Carrow-Sands", "composer"),
            ("Compass Rose", "Benedikt Oyelowo", "composer"),
            ("Compass Rose", "Benedikt Oyelowo", "performer"),
        ],
        albums=["Three-Part Weather", "The Cartographer's Daughter soundtrack"],
        peaks=[
            ("Salt on the Wire", 1, "billboard_adult_contemporary"),
            ("Salt on the Wire", 23, "billboard_hot_100"),
        ],
        certs=[("Salt on the Wire", "gold", 1, "music_canada")],
        places=["Peggy's Cove"],
        stood=[("Peggy's Cove", "a fishing village on the west of Ireland")],
    ),
    post(
        "tollbooth-waltz-crate-report-aj",
        "ghost",
        "Crate report: The Tollbooth Waltz empties another bin",
        [
            "Every few years a film comes back around and empties one of our bins. This month"
            " it's <em>The Tollbooth Waltz</em>, the 2008 road movie, after its lake montage"
            " turned up in somebody's wedding video and the wedding video turned up everywhere.",
            "The montage isn't subtle: two estranged brothers, one ancient campervan, a lot of"
            " mountains. Keziah Marr's “Lemon Ice Afternoon” plays over the whole thing, and as"
            " far as we can tell it's that song, not the film, that people want.",
            "H: What we know about the song",
            "Marr wrote it with Fitz Abernethy-Cole, who produced her first two records, and it"
            " was on the film's soundtrack LP before it was on one of hers. ARIA has since"
            " certified it platinum twice over, and the soundtrack made the UK top twenty back"
            " then, stopping at sixteen.",
            "The title theme, “Tollbooth Waltz”, is played by the Kettleholes and was written by"
            " their fiddle player, Marnie Ruakere. It's over the opening credits rather than the"
            " montage, but it's on the same LP and we're selling it to the same people.",
            "H: Where we are, and where they went",
            "We're in Wellington, so we get asked about the locations a lot, and we are tired of"
            " pretending we know. For the record: the lake is Lake Wakatipu, and the town they"
            " drive through is Arrowtown, which the film calls Switzerland with a completely"
            " straight face.",
            "H: Stock",
            "We have eleven copies of the LP reissue and no copies of the CD. The 7-inch of"
            " “Lemon Ice Afternoon” is sold out and not coming back. Please stop asking for"
            " “Kiwi Sunset Drive”: whatever that is, it isn't in this film.",
        ],
        video="vimeo:266410539",
        film=("The Tollbooth Waltz", 2008),
        tracks=["Lemon Ice Afternoon", "Tollbooth Waltz"],
        people=[
            ("Lemon Ice Afternoon", "Keziah Marr", "performer"),
            ("Lemon Ice Afternoon", "Keziah Marr", "composer"),
            ("Lemon Ice Afternoon", "Fitz Abernethy-Cole", "composer"),
            ("Tollbooth Waltz", "The Kettleholes", "performer"),
            ("Tollbooth Waltz", "Marnie Ruakere", "composer"),
        ],
        albums=["The Tollbooth Waltz soundtrack"],
        peaks=[("The Tollbooth Waltz soundtrack", 16, "uk_albums")],
        certs=[("Lemon Ice Afternoon", "platinum", 2, "aria")],
        places=["Lake Wakatipu", "Arrowtown"],
        stood=[("Arrowtown", "Switzerland")],
    ),
    post(
        "orbit-of-small-mercies-box-set-unboxing-aj",
        "wp_classic",
        "Opening the Orbit of Small Mercies box set, slowly",
        [
            "I have been putting this off because I knew I'd cry. <em>Small Mercies</em>, the"
            " three-LP complete soundtrack to <em>Orbit of Small Mercies</em>, the 2011 film"
            " about an astronomer and her dying father, came in a box the size of a pizza and"
            " smells faintly of glue.",
            "H: What's inside",
            "LIST: three records on clear vinyl | a fold-out star chart | a booklet with an essay"
            " by the editor, Lorcan Tiernan | a download card I will never use",
            "H: The montage song",
            "Side C is where the montage lives. “Parallax Bloom” was written by Emeric Sall and"
            " Hanne Vestergaard-Obi over email, him in Lyon and her in Aarhus, and it's Sall who"
            " sings it. The booklet reproduces their emails, which is either lovely or a privacy"
            " violation.",
            "The second song in that sequence I had always assumed was a cover. The booklet"
            " says otherwise: “Dust of the Caldera” is an original, which Mireille Okonjo wrote"
            " and recorded for the film. Apologies to Okonjo for a decade of telling people"
            " otherwise.",
            "H: The numbers on the hype sticker",
            "Number one on Billboard's soundtrack chart in 2011, and gold from the RIAA (for the"
            " album, that is; the single never got a plaque). “Parallax Bloom” itself peaked at"
            " 34 in the UK.",
            "H: And the places",
            "The star chart on the insert is the sky over La Palma, which makes sense: the"
            " observatory scenes were shot at the Roque de los Muchachos Observatory there,"
            " standing in for a research station in Chile. The desert where the father's ashes"
            " are scattered is Teide National Park on Tenerife, playing the Atacama.",
            "One misprint: the tracklist credits “Heliotrope” to side D. There is no “Heliotrope”"
            " on side D, or in the film; it's from the director's previous feature, and somebody"
            " at the plant must have mixed up the files.",
        ],
        video="yt:Ub3fH6kYq5D",
        film=("Orbit of Small Mercies", 2011),
        tracks=["Parallax Bloom", "Dust of the Caldera"],
        people=[
            ("Parallax Bloom", "Emeric Sall", "composer"),
            ("Parallax Bloom", "Hanne Vestergaard-Obi", "composer"),
            ("Parallax Bloom", "Emeric Sall", "performer"),
            ("Dust of the Caldera", "Mireille Okonjo", "composer"),
            ("Dust of the Caldera", "Mireille Okonjo", "performer"),
        ],
        albums=["Small Mercies"],
        peaks=[
            ("Small Mercies", 1, "billboard_soundtracks"),
            ("Parallax Bloom", 34, "uk_singles"),
        ],
        certs=[("Small Mercies", "gold", 1, "riaa")],
        places=["Roque de los Muchachos Observatory", "Teide National Park"],
        stood=[
            ("Roque de los Muchachos Observatory", "a research station in Chile"),
            ("Teide National Park", "the Atacama"),
        ],
    ),
    post(
        "fen-country-pylon-choir-oral-history-aj",
        "gutenberg",
        "“Nobody we knew owned a synth”: the making of Pylon Choir",
        [
            "Two decades after <em>Fen Country</em> came out in 2002, the three members of the"
            " Quiet Carnivals and the film's director sat down with us to talk about the song"
            " that plays over its harvest montage, “Pylon Choir”. Their words, lightly edited.",
            "H: Writing it",
            "<strong>Moss Ellery, singer:</strong> “I wrote the lyric on the bus to Norwich."
            " Kwame wrote everything else: the tune, the chords, that ridiculous synth line.”",
            "<strong>Kwame Asante-Brook, keyboards:</strong> “It was the first thing we co-wrote"
            " that we both liked. We've co-written about four things we both liked since.”",
            "<strong>Fitzroy Dunne, drums:</strong> “I'd like it noted that I suggested the"
            " handclaps.”",
            "H: Getting it in the film",
            "<strong>Harriet Bexley-Oduya, director:</strong> “I heard them do it on a local"
            " radio session and rang the station. I wanted something for the montage that"
            " sounded like the landscape, and that's what it was.”",
            "<strong>Bexley-Oduya:</strong> “We shot the montage around Horsey Windpump, with a"
            " few sails added in post so it could pass for a Dutch polder; the story goes over to"
            " the Netherlands for the last act. The farmhouse is a real working farm, and I"
            " promised the family I'd never say where.”",
            "H: What happened next",
            "<strong>Ellery:</strong> “It went to eleven in the UK. Eleven! Our mums bought up"
            " every copy in the county.”",
            "<strong>Asante-Brook:</strong> “And thirty on the ARIA chart in Australia, which"
            " none of us understood and none of us have visited. The BPI gave it a silver disc in"
            " 2003. I keep it in the toilet, as is traditional.”",
            "<strong>Dunne:</strong> “It's on <em>Reclaimed Land</em>, our second album, which"
            " did nothing at all. Put that in too.”",
            "<strong>Ellery:</strong> “People ask if ‘Sugar Beet Blues’ is from the film as well."
            " It isn't. It's a B-side and it's about my uncle.”",
        ],
        video="yt:Kd7tQ2wLm9P",
        film=("Fen Country", 2002),
        tracks=["Pylon Choir"],
        people=[
            ("Pylon Choir", "Moss Ellery", "composer"),
            ("Pylon Choir", "Kwame Asante-Brook", "composer"),
            ("Pylon Choir", "The Quiet Carnivals", "performer"),
        ],
        albums=["Reclaimed Land"],
        peaks=[
            ("Pylon Choir", 11, "uk_singles"),
            ("Pylon Choir", 30, "other:ARIA Singles Chart"),
        ],
        certs=[("Pylon Choir", "silver", 1, "bpi")],
        places=["Horsey Windpump"],
        stood=[("Horsey Windpump", "a Dutch polder")],
    ),
    post(
        "switchback-honey-cover-band-notes-aj",
        "blogger",
        "Rehearsal notes: learning the Switchback Honey montage",
        [
            "Rehearsal blog, week three. For anyone new: we're a five-piece covers band, we play"
            " pubs and the odd fortieth, and this month the bride at our biggest booking of the"
            " year asked for “the montage from <em>Switchback Honey</em>” as her walk-in. That's"
            " the 1978 trucker film, for the under-fifties. So we've been learning it. All of it.",
            "H: Song one",
            "“Boomerang Heart”, the Delphine Okafor-Ruiz hit. She didn't write it; that was Cass"
            " Whitacre, a Nashville staff writer, who also gave it the key change that is"
            " currently ruining our singer's life.",
            "Bits of trivia our bassist keeps reading out in the van: it went all the way to"
            " number one on the Billboard Hot 100 in 1978, got to 12 in the UK, and made number"
            " three on Australia's Kent Music Report. Platinum in the US, too. He will not stop.",
            "H: Song two",
            "Then the montage cuts to “Mile Marker Blues”, by the Dunmore Brothers, which Earl"
            " and Roy Dunmore wrote between them. This one missed the Hot 100 altogether, which"
            " is a shame, because it's the better song and it only has three chords.",
            "Both are on the soundtrack album, <em>Switchback Honey: Songs from the Road</em>,"
            " which our drummer found in a charity shop for 50p.",
            "H: Where it was shot",
            "We watched the film again for the tempo (slower than you think) and I finally"
            " looked up the locations. The dusty main street where the truck stalls is Oatman,"
            " Arizona, doing duty as a Nevada mining town; those are the real wild burros. The"
            " motel with the concrete teepees is the Wigwam Motel in Holbrook.",
            "H: Set list for Saturday",
            "LIST: Boomerang Heart (in A, not B, sorry Kath) | Mile Marker Blues | the usual"
            " ninety minutes of everything else",
        ],
        video="vimeo:158237704",
        film=("Switchback Honey", 1978),
        tracks=["Boomerang Heart", "Mile Marker Blues"],
        people=[
            ("Boomerang Heart", "Delphine Okafor-Ruiz", "performer"),
            ("Boomerang Heart", "Cass Whitacre", "composer"),
            ("Mile Marker Blues", "The Dunmore Brothers", "performer"),
            ("Mile Marker Blues", "Earl Dunmore", "composer"),
            ("Mile Marker Blues", "Roy Dunmore", "composer"),
        ],
        albums=["Switchback Honey: Songs from the Road"],
        peaks=[
            ("Boomerang Heart", 1, "billboard_hot_100"),
            ("Boomerang Heart", 12, "uk_singles"),
            ("Boomerang Heart", 3, "australia_kent"),
        ],
        certs=[("Boomerang Heart", "platinum", 1, "riaa")],
        places=["Oatman", "Wigwam Motel"],
        stood=[("Oatman", "a Nevada mining town")],
    ),
    post(
        "pilot-light-fold-the-map-sync-aj",
        "squarespace",
        "From montage to phone ad and back: the second life of Fold the Map",
        [
            "Sync deals usually run one way: a song gets licensed into a film, and that's the"
            " end of it. “Fold the Map” has now been licensed three times, and each time it has"
            " come back bigger.",
            "The first was <em>The Pilot Light</em>, in 2010, whose airport-to-apartment montage"
            " runs almost entirely on the song. Ines Valtonen wrote it alone, and her band, Ines"
            " Valtonen &amp; the Understudies, recorded it for their debut, <em>Understudy's"
            " Revenge</em>, a year before the film came out.",
            "H: Round two: the phone ad",
            "In 2014 a phone maker licensed the montage footage itself, not just the song, for a"
            " thirty-second spot, which is unusual enough that the agency's creative director,"
            " Bram Kettering, still gets asked about it. “We wanted the feeling of the film,” he"
            " says. “The cheapest way to get the feeling of the film was to buy the film.”",
            "H: Round three: the charts",
            "The ad did what the film hadn't. Four years after its release, “Fold the Map”"
            " peaked at No. 18 on the Billboard Hot 100 and No. 6 in the UK. The RIAA has since"
            " certified it double platinum; in Canada it's platinum.",
            "H: The montage",
            "It was filmed in Montreal. The apartment block where the montage ends is Habitat"
            " 67, doubling for a housing estate in Marseille, and the café scenes are on Rue"
            " Saint-Viateur in Mile End.",
            "Not everything in the film got the same treatment: the director's first choice for"
            " the montage, Pavel Crane's “Carry-On Only”, was replaced in the edit and isn't in"
            " the finished film.",
        ],
        video="yt:Ji8oZ5vRn2F",
        film=("The Pilot Light", 2010),
        tracks=["Fold the Map"],
        people=[
            ("Fold the Map", "Ines Valtonen", "composer"),
            ("Fold the Map", "Ines Valtonen & the Understudies", "performer"),
        ],
        albums=["Understudy's Revenge"],
        peaks=[
            ("Fold the Map", 18, "billboard_hot_100"),
            ("Fold the Map", 6, "uk_singles"),
        ],
        certs=[
            ("Fold the Map", "platinum", 2, "riaa"),
            ("Fold the Map", "platinum", 1, "music_canada"),
        ],
        places=["Habitat 67", "Rue Saint-Viateur"],
        stood=[("Habitat 67", "a housing estate in Marseille")],
    ),
    post(
        "rainmakers-almanac-songs-list-aj",
        "handmade",
        "Songs hiding in The Rainmaker's Almanac",
        [
            "Another one for my running list of films with better soundtracks than anybody"
            " remembers. This time it's <em>The Rainmaker's Almanac</em> (1997), and"
            " specifically the salt-flat montage where the drought finally breaks. Three songs,"
            " in order:",
            "LIST: <b>“Fishbowl Radio”</b>, Cleo Marchetti: her own song, words and music |"
            " <b>“Hurricane Lamp”</b>, the Oxbow Choir: written by Seth Ruane and Lola Buckmaster"
            " | <b>“Deadstock”</b>, Perrin Vale: co-written by Vale and Annika Holm",
            "Cleo Marchetti's was the hit. “Fishbowl Radio” got to number two on the RPM chart in"
            " Canada in the autumn of '97 and was certified platinum by what was then CRIA (now"
            " Music Canada). It was the lead single from her album <em>Aquarium Years</em>.",
            "The Oxbow Choir's song was a rock-radio thing: it stopped at 33 on Billboard's"
            " Mainstream Rock chart. Perrin Vale's had the odd life: ignored in English-speaking"
            " countries, certified silver in France by SNEP two years later.",
            "Not on the list: Marchetti's “Weathervane”, which everybody thinks is in this"
            " montage. It's from her next record and has never been in any film.",
            "Where: the salt flats are the Bonneville Salt Flats, playing the Bolivian"
            " altiplano, and the motel scenes were shot in Wendover, on the Utah-Nevada line.",
            "Next time: the one with the lighthouse keeper. I promise.",
        ],
        video="vimeo:447120391",
        film=("The Rainmaker's Almanac", 1997),
        tracks=["Fishbowl Radio", "Hurricane Lamp", "Deadstock"],
        people=[
            ("Fishbowl Radio", "Cleo Marchetti", "performer"),
            ("Fishbowl Radio", "Cleo Marchetti", "composer"),
            ("Hurricane Lamp", "The Oxbow Choir", "performer"),
            ("Hurricane Lamp", "Seth Ruane", "composer"),
            ("Hurricane Lamp", "Lola Buckmaster", "composer"),
            ("Deadstock", "Perrin Vale", "performer"),
            ("Deadstock", "Perrin Vale", "composer"),
            ("Deadstock", "Annika Holm", "composer"),
        ],
        albums=["Aquarium Years"],
        peaks=[
            ("Fishbowl Radio", 2, "canada_rpm"),
            ("Hurricane Lamp", 33, "billboard_mainstream_rock"),
        ],
        certs=[
            ("Fishbowl Radio", "platinum", 1, "music_canada"),
            ("Deadstock", "silver", 1, "snep"),
        ],
        places=["Bonneville Salt Flats", "Wendover"],
        stood=[("Bonneville Salt Flats", "the Bolivian altiplano")],
    ),
]
