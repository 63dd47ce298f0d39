"""Round 13, set X: twenty posts by a twenty-fifth writer who never saw the importer's code.

Every film, song, album, band, label and person here is invented; the filming places are real.
"""

from .spec import post

POSTS = [
    # 1. A glassblower.
    post(
        "furnace-summer-glassblower-notes-x",
        "wp_classic",
        "What The Furnace Summer Gets Right About the Blowpipe",
        [
            "I have been gathering glass off the end of a blowpipe for thirty-one years, so"
            " when a friend lent me a tape of <em>The Furnace Summer</em> (1983) I expected"
            " to wince. I didn't. The montage where young Della learns to marver, to turn,"
            " to blow and to turn again runs just under three minutes, and every move in it"
            " is a move I make before lunch.",
            "H: The song under the glass",
            "The music is “Molten (Hold It Steady)”, sung by Irene Vasko, who wrote it with"
            " the guitarist Paul Odegaard. It is a slow song for a fast scene, which is the"
            " right call: glass punishes hurry. It went to No. 23 on the Billboard Hot 100"
            " and did better on the Adult Contemporary list, peaking at 9. The soundtrack"
            " album came out on Crucible Records and is mostly score. Vasko's follow-up"
            " single, “Cold Shoulder”, reached No. 5 a year later, but it isn't in the film"
            " and it sounds nothing like it.",
            "H: The glasshouse",
            "The story is set in Toledo, Ohio, but the furnace scenes were shot in"
            " Stourbridge, in the West Midlands, where glass has been made since the 1600s,"
            " and Stourbridge plays Toledo without a flicker. I made the pilgrimage to the"
            " Corning Museum of Glass in 1994 and the gift shop sold me a postcard implying"
            " the film was made there; nothing in it was. The furnace in the montage runs at"
            " about 1,100 degrees, and in the fourth shot you can see the actor's forearm"
            " hair singe. Respect.",
        ],
        video="vimeo:287340915",
        film=("The Furnace Summer", 1983),
        tracks=["Molten (Hold It Steady)"],
        people=[
            ("Molten (Hold It Steady)", "Irene Vasko", "performer"),
            ("Molten (Hold It Steady)", "Irene Vasko", "composer"),
            ("Molten (Hold It Steady)", "Paul Odegaard", "composer"),
        ],
        albums=["The Furnace Summer soundtrack"],
        peaks=[
            ("Molten (Hold It Steady)", 23, "billboard_hot_100"),
            ("Molten (Hold It Steady)", 9, "billboard_adult_contemporary"),
        ],
        places=["Stourbridge"],
        stood=[("Stourbridge", "Toledo")],
    ),
    # 2. An estate agent's listing.
    post(
        "under-new-roofs-villa-listing-x",
        "wp_classic",
        "For Sale: The Villa From the Under New Roofs Renovation Montage",
        [
            "<strong>Offers over $1,250,000.</strong> Harcourt &amp; Pryde are delighted to"
            " present this four-bedroom 1890s villa on Royal Terrace, Dunedin, instantly"
            " recognisable to a generation of film lovers as the house in the renovation"
            " montage of <em>Under New Roofs</em> (1986).",
            "H: The property",
            "LIST: Four double bedrooms, two with harbour glimpses | Original kauri floors,"
            " restored rather more carefully than on screen | North-facing verandah,"
            " 14 metres | Off-street parking for 2 cars",
            "H: Its screen history",
            "In the film this stretch of Royal Terrace doubles for a Pacific Heights street"
            " in San Francisco; the art department bolted a false bay window to the"
            " verandah, and the bracket holes are still visible (and priced in). The montage"
            " is cut to “Knock Through” by Maisie Trent &amp; the Lathe, a song Maisie Trent"
            " wrote, the vendors tell us, in a single afternoon while the crew sanded these"
            " very floors. It spent two weeks at number two in New Zealand, reached number"
            " six on the Kent Music Report across the Tasman, and went platinum in Australia"
            " and gold in New Zealand.",
            "Please note: contrary to a persistent local rumour, the kitchen does not appear"
            " in the film. The cast stayed at the Southern Cross Hotel during the shoot and,"
            " we are assured, never once came in here for a cup of tea. Open home Sunday"
            " 2&ndash;2.45pm. Lot 12 DP 3301.",
        ],
        video="yt:Qh7rTx2LmWc",
        film=("Under New Roofs", 1986),
        tracks=["Knock Through"],
        people=[
            ("Knock Through", "Maisie Trent & the Lathe", "performer"),
            ("Knock Through", "Maisie Trent", "composer"),
        ],
        peaks=[
            ("Knock Through", 2, "other:New Zealand singles chart"),
            ("Knock Through", 6, "australia_kent"),
        ],
        certs=[
            ("Knock Through", "platinum", 1, "aria"),
            ("Knock Through", "gold", 1, "other"),
        ],
        places=["Royal Terrace"],
        stood=[("Royal Terrace", "a Pacific Heights street in San Francisco")],
    ),
    # 3. A rowing coach.
    post(
        "eight-against-the-tide-crew-notes-x",
        "gutenberg",
        "Crew Notes: Watch the Eight Against the Tide Montage Before Saturday",
        [
            "Right, novices. Before Saturday's outing I want every one of you to watch the"
            " training montage from <em>Eight Against the Tide</em>, from 1979. Not for the"
            " acting. For the catch.",
            "H: What to watch for",
            "LIST: Bow pair's hands away at 0:42, clean as you like | The rate climbing from"
            " 28 to 36 across the cuts | The cox, the only one in the boat who never gets a"
            " close-up | The blade work in the last wide shot, which is better than ours",
            "The story's Harvard crew train on the Charles, but the whole montage was shot on"
            " Lake Bled in Slovenia (Yugoslavia, then), which stands in for the Charles River."
            " If you squint you can see the island church behind two seat. The Charles, I"
            " promise you, has never looked that green.",
            "H: The song",
            "The song is “Stroke Rate” by Swing Bench, written by their singer Colm"
            " Farrelly with the guitarist Tessa Abruzzi. It sits at about 34 beats a minute,"
            " which is race pace, not training pace, and I have used it on the erg for"
            " twenty years. It reached number 11 in the UK and number 3 in Ireland, and the"
            " BPI gave it a silver disc. Their next single, “Feather the Blade”, went higher"
            " in Ireland, but it isn't in the film, so don't ask me to put it on.",
            "We went to the Leander Club at Henley last summer and a man at the bar swore"
            " the film was shot there. It wasn't. Saturday, 6.15, boathouse. Bring a bottle.",
        ],
        video="yt:b3KxWp0vNfA",
        film=("Eight Against the Tide", 1979),
        tracks=["Stroke Rate"],
        people=[
            ("Stroke Rate", "Swing Bench", "performer"),
            ("Stroke Rate", "Colm Farrelly", "composer"),
            ("Stroke Rate", "Tessa Abruzzi", "composer"),
        ],
        peaks=[
            ("Stroke Rate", 11, "uk_singles"),
            ("Stroke Rate", 3, "other:Irish Singles Chart"),
        ],
        certs=[("Stroke Rate", "silver", 1, "bpi")],
        places=["Lake Bled"],
        stood=[("Lake Bled", "the Charles River")],
    ),
    # 4. A genealogist.
    post(
        "lost-branch-genealogist-reading-room-x",
        "gutenberg",
        "Parish Registers on Screen: A Genealogist Watches The Lost Branch",
        [
            "People ask why a family historian would write about a film montage. Because"
            " <em>The Lost Branch</em> (1992) has the only montage I know of in which"
            " somebody orders a microfilm reel and then waits for it, which is ninety per"
            " cent of my job.",
            "H: The search, in three minutes",
            "Ellen Marsh spends the montage in a reading room, turning the pages of baptism"
            " registers, squinting at a census return for 1901, copying names onto index"
            " cards. (The actress's own great-grandfather, I discovered, was born in Cobh. I"
            " couldn't help myself.) The reading room is the Linen Hall Library in Belfast,"
            " standing in for a county records office in Massachusetts. I have researched"
            " there myself, and they have changed nothing but the lamps.",
            "What the film gets right: the pencils. No pens in a reading room, and the"
            " montage even shows an archivist confiscating one. What it gets wrong: nobody"
            " finds a great-aunt's 1887 marriage in a fortnight.",
            "H: The music",
            "Under it plays “Names on a Ledger”, sung by Delphine Achterberg and written for"
            " the film by Ruth Calloway, who also composed the score. The soundtrack album,"
            " <em>Parish Registers</em>, climbed to number 31 on the Billboard 200 and"
            " number 4 on Billboard's soundtracks chart, and the RIAA certified it gold the"
            " following spring.",
            "A note for pedigree-chart obsessives: the surname on the register page in the"
            " final shot, Kinsella, has nothing to do with anyone in the credits. I checked."
            " Nor is Ruth Calloway any relation of the Calloways of County Down; I asked her,"
            " very politely, at a screening.",
        ],
        video="vimeo:412905577",
        film=("The Lost Branch", 1992),
        tracks=["Names on a Ledger"],
        people=[
            ("Names on a Ledger", "Delphine Achterberg", "performer"),
            ("Names on a Ledger", "Ruth Calloway", "composer"),
        ],
        albums=["Parish Registers"],
        peaks=[
            ("Parish Registers", 31, "billboard_200"),
            ("Parish Registers", 4, "billboard_soundtracks"),
        ],
        certs=[("Parish Registers", "gold", 1, "riaa")],
        places=["Linen Hall Library"],
        stood=[("Linen Hall Library", "a county records office in Massachusetts")],
    ),
    # 5. A night-shift nurse.
    post(
        "lights-on-ward-nine-night-nurse-x",
        "ghost",
        "Ten Past Four on Ward Nine: A Nurse on the Lights on Ward Nine Montage",
        [
            "I'm writing this on my break, at ten past four, with a cup of tea that went"
            " cold at three. I've done nights for eleven years, and the night-shift montage"
            " in <em>Lights on Ward Nine</em> (1981) is the only time a film has got the"
            " silence right.",
            "It is ninety seconds of obs rounds, drip changes, a hand held at a bedside and"
            " a vending machine that eats a coin, all scored to “Still Awake” by The Night"
            " Porters. Their keyboard player, Fen Harrow, wrote it; she told a radio"
            " interviewer she'd written it after a week of sitting up with her own mother.",
            "H: Where they filmed it",
            "The film says Chicago, but the hospital was Riverview Hospital in Coquitlam,"
            " British Columbia, which plays a Chicago county hospital, as it has played"
            " American hospitals for decades. The hospital I actually work in is in Leeds and"
            " looks nothing like it.",
            "“Still Awake” did well in Canada, unsurprisingly: it peaked at No. 8 on the RPM"
            " chart, went gold there, and got as far as 34 on the Hot 100. For years people"
            " said Kate Merrow sang the harmony on the last chorus; Merrow herself has said"
            " she has never met the band. The Night Porters also recorded “Morning Lockdown”"
            " for the film, but it was cut, and you'll only find it on a B-side.",
            "Right. Call bell. Bay three.",
        ],
        video="yt:N9gPz4cRk1E",
        film=("Lights on Ward Nine", 1981),
        tracks=["Still Awake"],
        people=[
            ("Still Awake", "The Night Porters", "performer"),
            ("Still Awake", "Fen Harrow", "composer"),
        ],
        peaks=[
            ("Still Awake", 8, "canada_rpm"),
            ("Still Awake", 34, "billboard_hot_100"),
        ],
        certs=[("Still Awake", "gold", 1, "music_canada")],
        places=["Riverview Hospital"],
        stood=[("Riverview Hospital", "a Chicago county hospital")],
    ),
    # 6. An auctioneer's catalogue.
    post(
        "neon-derby-gold-disc-auction-lot-x",
        "ghost",
        "Lot 214: A Neon Derby Gold Disc, With Notes From the Rostrum",
        [
            "<strong>Lot 214.</strong> An RIAA gold record award for <em>Photo Finish</em>,"
            " the soundtrack album to <em>Neon Derby</em> (1985), presented to the film's"
            " music supervisor. Framed, 52 &#215; 42 cm, light foxing to the mount."
            " Estimate £800&ndash;£1,200.",
            "H: Cataloguer's note",
            "<em>Photo Finish</em> reached No. 14 on the Billboard 200 and was certified gold"
            " and, in 1989, 2&#215; platinum by the RIAA; this is the earlier award. The"
            " record's reputation rests on one track, “Fast Money, Slow Dance”, the song"
            " under the betting-window montage, sung by Lorna Devane and written by Stellan"
            " Marr and Ike Obuya. As a single it climbed to No. 6 on the Hot 100.",
            "The racecourse in the montage is Santa Anita Park in Arcadia, California,"
            " dressed as Hialeah, where the story takes place. Lot 215, a signed photograph"
            " of the jockey who rode in the race sequence, is not a music item and is offered"
            " separately.",
            "H: Provenance",
            "Consigned by the family of the music supervisor, with thanks to Marguerite"
            " Oyelowo-Baines, who catalogued the collection and who, whatever the inscription"
            " on the back says, did not sing on the record. Buyer's premium 25%.",
        ],
        video="yt:fT5mYc8Ud2s",
        film=("Neon Derby", 1985),
        tracks=["Fast Money, Slow Dance"],
        people=[
            ("Fast Money, Slow Dance", "Lorna Devane", "performer"),
            ("Fast Money, Slow Dance", "Stellan Marr", "composer"),
            ("Fast Money, Slow Dance", "Ike Obuya", "composer"),
        ],
        albums=["Photo Finish"],
        peaks=[
            ("Photo Finish", 14, "billboard_200"),
            ("Fast Money, Slow Dance", 6, "billboard_hot_100"),
        ],
        certs=[
            ("Photo Finish", "gold", 1, "riaa"),
            ("Photo Finish", "platinum", 2, "riaa"),
        ],
        places=["Santa Anita Park"],
        stood=[("Santa Anita Park", "Hialeah")],
    ),
    # 7. A wine-bar chalkboard.
    post(
        "late-harvest-wine-bar-chalkboard-x",
        "blogger",
        "Chalkboard, Thursday: Late Harvest Night",
        [
            "TONIGHT ON THE BOARD: we're projecting the grape-picking montage from <em>Late"
            " Harvest</em> (1991) on the back wall at 9, sound up, for one song only.",
            "LIST: Barossa shiraz, $14 a glass | Crémant de Bourgogne, $12 a glass | Cheese"
            " board for two, $22 | No. 7 on the list: the 2016 Pinot, ask Jules",
            "Why Barossa shiraz? Because the montage everyone thinks is Burgundy was filmed"
            " in the Barossa Valley, which plays the Côte d'Or. The story's set in Beaune;"
            " the vines aren't. The song's “Crush”, by Les Sarments, words and music by"
            " their singer Aurélie Pasquier: number 3 on the French Top 50 and a gold disc"
            " from the SNEP, which is more than our house white ever got. And no, we won't"
            " play “Vin Nouveau”. It's not in the film and Jules has banned it.",
        ],
        video="vimeo:95102884",
        film=("Late Harvest", 1991),
        tracks=["Crush"],
        people=[
            ("Crush", "Les Sarments", "performer"),
            ("Crush", "Aurélie Pasquier", "composer"),
        ],
        peaks=[("Crush", 3, "other:Top 50")],
        certs=[("Crush", "gold", 1, "snep")],
        places=["Barossa Valley"],
        stood=[("Barossa Valley", "the Côte d'Or")],
    ),
    # 8. A call-in radio show's producer's log.
    post(
        "hard-shoulder-call-in-show-log-x",
        "blogger",
        "Call Log, Late Night Reels: The Hard Shoulder Truck-Stop Montage",
        [
            "Producer's log, Late Night Reels, Tuesday. Topic: the truck-stop montage from"
            " <em>Hard Shoulder</em> (1977). The board lit up before the intro had finished.",
            "H: Calls",
            "LIST: 22:04. Denise in Sudbury: the montage song is “Diesel Hymn”, and it made"
            " her dad pull over and cry. Correct on the song. | 22:11. Marv in Thunder Bay"
            " insists the film was shot in Montana. Host corrects him: it was filmed around"
            " Drumheller, Alberta, which plays Montana. Marv grew up in Montana and is"
            " unconvinced. | 22:19. Bev, no town given, asks who sang it. Cal Brody, who"
            " wrote it with his wife, Nora Brody. | 22:26. Sean in Kenora heard Dusty Shears"
            " sang the harmony. Host: Shears has always said he was never at the session. |"
            " 22:34. Pat in Sault Ste. Marie requests “Weigh Station Waltz”. Not in the film;"
            " host played it anyway.",
            "Host's wrap, 22:40: “Diesel Hymn” got to No. 4 on the RPM country chart and"
            " crept to 41 on the Billboard Hot 100. Line 3 dropped twice; ask engineering.",
        ],
        video="yt:Hd8Lq0sVw3Y",
        film=("Hard Shoulder", 1977),
        tracks=["Diesel Hymn"],
        people=[
            ("Diesel Hymn", "Cal Brody", "performer"),
            ("Diesel Hymn", "Cal Brody", "composer"),
            ("Diesel Hymn", "Nora Brody", "composer"),
        ],
        peaks=[
            ("Diesel Hymn", 4, "other:RPM Country Tracks"),
            ("Diesel Hymn", 41, "billboard_hot_100"),
        ],
        places=["Drumheller"],
        stood=[("Drumheller", "Montana")],
    ),
    # 9. A drag performer.
    post(
        "sequins-at-dawn-drag-lipsync-x",
        "medium",
        "Two Hundred Lip-Syncs Later: The Sequins at Dawn Getting-Ready Montage",
        [
            "I have lip-synced to the getting-ready montage from <em>Sequins at Dawn</em>"
            " (1989) somewhere north of two hundred times. My first booking, my fortieth"
            " birthday, a wake. Every single time, the room goes silent at the eyelash.",
            "People assume the montage is camp. It isn't. It's a working woman getting ready"
            " for work: tape, tuck, foundation, contour, a cigarette balanced on the mirror"
            " frame, a losing fight with a wig cap. They shot it in one long afternoon, so"
            " the story goes, and you can watch the light change in the window behind her.",
            "H: The number",
            "The song is “Paint the Face On”, and it belongs to Vivienne Starr: her voice,"
            " her phrasing, that wobble on “face” she swears was a mistake. Teddy Okafor and"
            " Lou Marchetti wrote it for her over a weekend. It peaked at No. 5 on the UK"
            " singles chart, sat at number one on Billboard's Dance Club Songs chart for two"
            " weeks, and went gold with the BPI.",
            "H: The room",
            "The dressing-room scenes were shot upstairs at the Black Cap in Camden, which"
            " plays a Manhattan club (the story is New York through and through), and the"
            " dawn walk home was filmed on Old Compton Street. I did my first open mic at the"
            " Royal Vauxhall Tavern and for years I told anyone who'd listen that the film"
            " was shot there. It wasn't. I've checked.",
            "Her later single “Unzip the Night” was a bigger hit in Germany, but it's not in"
            " the film and I will not be lip-syncing it, so stop asking. When I do the"
            " montage number, I cut it at 3:10, before the last chorus, because nobody can"
            " hold an eyelash face for four minutes. Twenty-five years and I still can't.",
            "My mother came to see it in 2004. She cried at the eyelash too.",
        ],
        video="vimeo:330618742",
        film=("Sequins at Dawn", 1989),
        tracks=["Paint the Face On"],
        people=[
            ("Paint the Face On", "Vivienne Starr", "performer"),
            ("Paint the Face On", "Teddy Okafor", "composer"),
            ("Paint the Face On", "Lou Marchetti", "composer"),
        ],
        peaks=[
            ("Paint the Face On", 5, "uk_singles"),
            ("Paint the Face On", 1, "other:Billboard Dance Club Songs"),
        ],
        certs=[("Paint the Face On", "gold", 1, "bpi")],
        places=["Black Cap", "Old Compton Street"],
        stood=[("Black Cap", "a Manhattan club")],
    ),
    # 10. An open letter.
    post(
        "cold-front-open-letter-network-x",
        "medium",
        "An Open Letter to Whoever Cut the Storm Montage From Cold Front",
        [
            "Dear Sir or Madam at the network, in 1994 you broadcast <em>Cold Front</em>,"
            " the 1976 picture, at eleven o'clock at night, and you cut the storm-shutter"
            " montage. The whole thing. Four minutes. I was twelve and I had waited all week.",
            "You may not know what you cut, so let me tell you. The fishermen's wives nail up"
            " the shutters while the sky goes green, and underneath it The Halyards play"
            " “Weather Vane”, which their singer Gus Tamm wrote about his grandfather's boat."
            " It was a number two hit on the Kent Music Report and got to number one in New"
            " Zealand, where it went double gold.",
            "You also cut the coastline, which was filmed on Phillip Island, playing the"
            " coast of Maine. I have since been to Maine. Phillip Island was better.",
            "And don't tell me you made up for it with “Tide Table”. That was their next"
            " single; it went to number one as well, and it is not in the film. Yours, still"
            " waiting, Rosalind Kerr, Geelong.",
        ],
        video="yt:Wv2cJ7oKq5M",
        film=("Cold Front", 1976),
        tracks=["Weather Vane"],
        people=[
            ("Weather Vane", "The Halyards", "performer"),
            ("Weather Vane", "Gus Tamm", "composer"),
        ],
        peaks=[
            ("Weather Vane", 2, "australia_kent"),
            ("Weather Vane", 1, "other:New Zealand singles chart"),
        ],
        certs=[("Weather Vane", "gold", 2, "other")],
        places=["Phillip Island"],
        stood=[("Phillip Island", "the coast of Maine")],
    ),
    # 11. A vintage-car restorer.
    post(
        "chrome-horizon-falcon-restoration-diary-x",
        "squarespace",
        "Restoration Diary: The Falcon From the Chrome Horizon Montage",
        [
            "Body tag 0H12U119472: a 1960 Ford Falcon, 144 cubic-inch straight six. As far"
            " as I can prove, she is one of the two cars used in the road-trip montage of"
            " <em>Chrome Horizon</em> (1984), and she has been on my bench since March.",
            "H: What the montage shows",
            "Ninety seconds of desert, bugs on the windscreen, a hand out of the window, to"
            " “Overdrive Heart” by Jolene Vance and the Pistons. Rex Amundsen wrote it, and"
            " it's sung like somebody trying to outrun it. The desert is meant to be Arizona,"
            " but it's the Tabernas Desert in Almería, Spain, and the Falcon had to be"
            " shipped over and back, which explains the salt in the sills.",
            "LIST: Sills: cut out and replaced, 2 new panels | Engine: rebuilt, bored 0.030"
            " over | Paint: Corinthian White, matched to a frame of the film | Radio: period"
            " AM set, tuned, fittingly, to nothing",
            "H: The charts, for the record",
            "“Overdrive Heart” did better in Germany than at home. It peaked at number 7 on"
            " the West German chart and went gold there, but stalled at 19 on the Hot 100,"
            " though rock radio loved it enough to push it to number 4 on Billboard's rock"
            " tracks chart. And no, whatever the previous owner claimed, the car was not"
            " also in <em>Dust Devil Run</em>.",
        ],
        video="vimeo:176455021",
        film=("Chrome Horizon", 1984),
        tracks=["Overdrive Heart"],
        people=[
            ("Overdrive Heart", "Jolene Vance and the Pistons", "performer"),
            ("Overdrive Heart", "Rex Amundsen", "composer"),
        ],
        peaks=[
            ("Overdrive Heart", 7, "germany_media_control"),
            ("Overdrive Heart", 19, "billboard_hot_100"),
            ("Overdrive Heart", 4, "billboard_mainstream_rock"),
        ],
        certs=[("Overdrive Heart", "gold", 1, "bvmi")],
        places=["Tabernas Desert"],
        stood=[("Tabernas Desert", "Arizona")],
    ),
    # 12. A librarian's display notes.
    post(
        "quiet-please-library-display-case-x",
        "squarespace",
        "Display Case 3: The Card-Catalogue Montage in Quiet, Please",
        [
            "This month's foyer display celebrates the card-catalogue montage from"
            " <em>Quiet, Please</em> (1994), the only romantic comedy in our collection in"
            " which the Dewey Decimal System is a plot point. Please do not lean on the"
            " glass.",
            "H: In the case",
            "LIST: The soundtrack album, <em>Shelf Life</em>, on CD and, lent by a patron, on"
            " cassette | A lobby card of the rolling-ladder shot | The novel the film was"
            " loosely based on, shelved, of course, at 813.54 | A hand-typed catalogue card"
            " for the song “Overdue”",
            "H: About the music",
            "“Overdue” is written and sung by Harriet Gale, and it plays over the whole"
            " montage, from the date stamp to the kiss in Periodicals. The instrumental that"
            " follows it, “Card Catalogue”, was composed by Morten Aas and played by the"
            " Bergen Chamber Strings. “Overdue” reached number two on Billboard's adult"
            " contemporary chart and number 28 in the UK, and <em>Shelf Life</em> was"
            " certified triple platinum by the RIAA.",
            "The library scenes were filmed in the Suzzallo Library at the University of"
            " Washington, which stands in for a Cambridge college library. Our own building"
            " has never been in a film, though a location scout did once visit. With thanks"
            " to Odile Brandt for the loan of the cassette.",
        ],
        video="yt:kR4sVb9TgHo",
        film=("Quiet, Please", 1994),
        tracks=["Overdue", "Card Catalogue"],
        people=[
            ("Overdue", "Harriet Gale", "composer"),
            ("Overdue", "Harriet Gale", "performer"),
            ("Card Catalogue", "Morten Aas", "composer"),
            ("Card Catalogue", "Bergen Chamber Strings", "performer"),
        ],
        albums=["Shelf Life"],
        peaks=[
            ("Overdue", 2, "billboard_adult_contemporary"),
            ("Overdue", 28, "uk_singles"),
        ],
        certs=[("Shelf Life", "platinum", 3, "riaa")],
        places=["Suzzallo Library"],
        stood=[("Suzzallo Library", "a Cambridge college library")],
    ),
    # 13. A language teacher's lesson.
    post(
        "summer-bougainvillea-spanish-lesson-x",
        "substack",
        "Lección 14: The Market Montage in Summer of the Bougainvillea",
        [
            "¡Hola, clase! This week's lesson uses the market montage from <em>Summer of the"
            " Bougainvillea</em> (1987). Watch it twice: once for the story, once with the"
            " worksheet.",
            "H: Vocabulario",
            "LIST: el mercado: the market | la canción: the song | rodar: to film (¡también"
            " se dice filmar!) | el pueblo: the village | el número uno: number one",
            "H: Lectura",
            "La canción del montaje es “Mañana Será”. La canta Inés Calderón y la escribió"
            " ella con Diego Ferrer. Fue número uno en Los 40 Principales y doble disco de"
            " platino en España. For those at the back: Inés Calderón sings it, she wrote it"
            " with Diego Ferrer, it was number one on Los 40 Principales and it went double"
            " platinum in Spain.",
            "La película está ambientada en un pueblo de México, pero se rodó en Vejer de la"
            " Frontera, en Cádiz. In other words, Vejer plays a Mexican village. Exercise 3:"
            " which sentence tells you where it was filmed, and which tells you where the"
            " story happens?",
            "Deberes: write three sentences about a song you love. Not “La Bamba Rota”, por"
            " favor; it is not in the film, whatever Marcos says. I studied in Salamanca and"
            " even there nobody sang it.",
        ],
        video="yt:Ce1uZ8pXo4D",
        film=("Summer of the Bougainvillea", 1987),
        tracks=["Mañana Será"],
        people=[
            ("Mañana Será", "Inés Calderón", "performer"),
            ("Mañana Será", "Inés Calderón", "composer"),
            ("Mañana Será", "Diego Ferrer", "composer"),
        ],
        peaks=[("Mañana Será", 1, "other:Los 40 Principales")],
        certs=[("Mañana Será", "platinum", 2, "other")],
        places=["Vejer de la Frontera"],
        stood=[("Vejer de la Frontera", "a Mexican village")],
    ),
    # 14. A rally co-driver.
    post(
        "special-stage-rally-pace-notes-x",
        "substack",
        "Pace Notes: Reading the Special Stage Montage Like a Co-Driver",
        [
            "Left 4 tightens, 100, over crest, don't cut. That's how I'd call the opening"
            " shot of the training montage in <em>Special Stage</em> (1982), and whoever"
            " edited it knew rallying, because every cut lands on a crest.",
            "H: The stage",
            "The story sends our hero to the RAC Rally in Britain, but the forest in the"
            " montage was filmed on Ouninpohja in central Finland, the jump-mad stage every"
            " co-driver has nightmares about, which plays the Kielder Forest stage. The trees"
            " give it away: nobody in Northumberland has that many birches. The service-park"
            " shots were done in Jyväskylä itself.",
            "H: The music",
            "Under the jumps is “Gravel Heart” by Kuusamo Drift, a Helsinki four-piece,"
            " written by their drummer Jussi Rautio and their singer Aino Lehtola. It went"
            " straight to number one on the Finnish singles chart, reached number six on"
            " Sweden's Topplistan, and was certified gold by IFPI Finland. I played it on"
            " every liaison section that season.",
            "Stage times, for the nerds: the car in the montage covers 33 km in a shade over"
            " 17 minutes, which would have won the real stage that year. Caution, crest,"
            " 200, finish.",
        ],
        video="yt:Rz6aJm3Fe0U",
        film=("Special Stage", 1982),
        tracks=["Gravel Heart"],
        people=[
            ("Gravel Heart", "Kuusamo Drift", "performer"),
            ("Gravel Heart", "Jussi Rautio", "composer"),
            ("Gravel Heart", "Aino Lehtola", "composer"),
        ],
        peaks=[
            ("Gravel Heart", 1, "other:Finnish singles chart"),
            ("Gravel Heart", 6, "other:Topplistan"),
        ],
        certs=[("Gravel Heart", "gold", 1, "ifpi")],
        places=["Ouninpohja", "Jyväskylä"],
        stood=[("Ouninpohja", "the Kielder Forest stage")],
    ),
    # 15. A bird ringer.
    post(
        "migrating-kind-bird-ringing-log-x",
        "hugo",
        "Ringing Log, Saturday: Swallows, a Wryneck and The Migrating Kind",
        [
            "Nets up from 05:30. 41 new birds, 6 retraps, bird of the day a juvenile"
            " wryneck, ring number V412733, wing 88 mm. Quiet after ten, so I finally watched"
            " <em>The Migrating Kind</em> (1990), which a visitor to the ringing hut had been"
            " going on about for weeks.",
            "H: The montage",
            "The boy's summer on the marsh, squeezed into two minutes: mist nets going up, a"
            " swallow in the hand, a ring closed round a leg (their technique is fine, their"
            " bird-bag hygiene less so). The film is set on the Chesapeake, but the marsh is"
            " Cley Marshes in Norfolk, doing a decent impression of the Chesapeake Bay"
            " marshes; I'd know those reedbeds anywhere. I ring at Spurn most weekends, and"
            " none of it was shot there, whatever the visitor said.",
            "H: The song",
            "The song is “Swallow's Return”, by Marta Quill, who wrote it with her father,"
            " Aldous Quill. It's from her album <em>Flyway</em>, which went gold in Britain;"
            " the single got to number 17 on the UK chart. Another single from the album,"
            " “Kestrel”, did better, but it isn't in the film.",
            "Totals for the day: 41 + 6 = 47 processed. Next session Tuesday, wind"
            " permitting.",
        ],
        video="vimeo:58391046",
        film=("The Migrating Kind", 1990),
        tracks=["Swallow's Return"],
        people=[
            ("Swallow's Return", "Marta Quill", "performer"),
            ("Swallow's Return", "Marta Quill", "composer"),
            ("Swallow's Return", "Aldous Quill", "composer"),
        ],
        albums=["Flyway"],
        peaks=[("Swallow's Return", 17, "uk_singles")],
        certs=[("Flyway", "gold", 1, "bpi")],
        places=["Cley Marshes"],
        stood=[("Cley Marshes", "the Chesapeake Bay marshes")],
    ),
    # 16. A tattoo artist.
    post(
        "needle-point-tattoo-chair-notes-x",
        "hugo",
        "From the Chair: The Needle Point Montage and the Lyric Everyone Wants",
        [
            "Third one this month: a client came in wanting a line from “Skin Deep Gospel”"
            " on her forearm, in the lettering from the poster for <em>Needle Point</em>"
            " (1993). I said yes. I always say yes to that one.",
            "The montage is the apprentice's first year in the shop: stencils, shaky lines on"
            " grapefruit skin, the first real client. The song under it is The Lonesome"
            " Machines' “Skin Deep Gospel”, written by their singer Dee Carraway, who has the"
            " only voice I know that sounds like a coil machine humming.",
            "H: Where the shop was",
            "In the film the shop is in San Diego. It was shot in Fremantle, Western"
            " Australia, in a real parlour that has since become a burger place, and"
            " Fremantle plays San Diego right down to the palm trees, which came in on a"
            " truck.",
            "H: By the numbers",
            "LIST: No. 6 on Billboard's mainstream rock chart | No. 52 on the Hot 100 | The"
            " album it's on, <em>Flash Sheet</em>, went platinum four times over in"
            " Australia | Clients who've asked for the lyric: 14 | Clients who wanted “Rust"
            " Belt Saint” instead and had to be told it isn't in the film: 3",
        ],
        video="yt:pL0dE5wZs8K",
        film=("Needle Point", 1993),
        tracks=["Skin Deep Gospel"],
        people=[
            ("Skin Deep Gospel", "The Lonesome Machines", "performer"),
            ("Skin Deep Gospel", "Dee Carraway", "composer"),
        ],
        albums=["Flash Sheet"],
        peaks=[
            ("Skin Deep Gospel", 6, "billboard_mainstream_rock"),
            ("Skin Deep Gospel", 52, "billboard_hot_100"),
        ],
        certs=[("Flash Sheet", "platinum", 4, "aria")],
        places=["Fremantle"],
        stood=[("Fremantle", "San Diego")],
    ),
    # 17. A piano tuner.
    post(
        "middle-c-piano-tuner-practice-montage-x",
        "jekyll",
        "Tuning Notes: Middle C and the Practice Montage",
        [
            "I've tuned something over 9,000 pianos since 1971, and I own exactly one film:"
            " <em>Middle C</em> (1978). Its practice montage, the girl at the upright through"
            " four seasons, metronome, scales, cat, is the truest thing about pianos ever"
            " filmed, apart from the tuning, which sits a good way under A440 in the winter"
            " scenes.",
            "The piece she is working towards is “Étude for a Rainy Flat”, composed for the"
            " film by Viktor Halloran and played on the soundtrack by Grete Solberg. It is"
            " not a hard étude, which is the point: it sounds like something a fourteen-year-"
            "old could actually learn.",
            "H: The hall",
            "The recital that ends the montage was filmed at Grieghallen in Bergen, which"
            " plays Carnegie Hall. The Steinway they used was a Hamburg D; I tuned it myself"
            " in 1989 and it had not forgotten. I was in Vienna that same year and went to"
            " the Musikverein, where a fan forum claims the recital was shot. It wasn't.",
            "The score album, <em>Tempered</em>, reached number 3 on Billboard's classical"
            " albums chart, a decent showing for a record that is mostly a girl practising.",
        ],
        video="vimeo:203377461",
        film=("Middle C", 1978),
        tracks=["Étude for a Rainy Flat"],
        people=[
            ("Étude for a Rainy Flat", "Viktor Halloran", "composer"),
            ("Étude for a Rainy Flat", "Grete Solberg", "performer"),
        ],
        albums=["Tempered"],
        peaks=[("Tempered", 3, "other:Billboard Classical Albums")],
        places=["Grieghallen"],
        stood=[("Grieghallen", "Carnegie Hall")],
    ),
    # 18. A crossword setter.
    post(
        "dead-letter-office-crossword-setter-x",
        "jekyll",
        "Setter's Notes: This Week's Mini on Dead Letter Office",
        [
            "This week's mini is themed on the sorting-office montage from <em>Dead Letter"
            " Office</em> (1986). Answers and excuses below, so look away if you haven't"
            " finished.",
            "H: Across",
            "LIST: 1 Across: Class of post in the montage song's title (6): SECOND | 5"
            " Across: Its peak in the UK singles chart, one after eight (4): NINE | 7 Across:"
            " Metal of the disc the BPI gave it (6): SILVER | 9 Across: Anita, who co-wrote"
            " it with Joel (5): GOUGH",
            "H: Down",
            "LIST: 2 Down: Mount ___, sorting office that played the one in New York (8):"
            " PLEASANT | 3 Down: Takes the van shot needed, allegedly (6): ELEVEN",
            "H: Setter's excuses",
            "For those who emailed: yes, the song is “Second Class Stamp”, by The Franking"
            " Machines; Joel Pirie and Anita Gough wrote it. It peaked at number nine in the"
            " UK and the BPI certified it silver. The montage was shot in the Mount Pleasant"
            " Mail Centre in London, which plays a Manhattan post office; the clue says New"
            " York only because PLEASANT fits and MANHATTAN doesn't. And no, I won't be"
            " setting a clue on “Airmail Kisses”: it's on their album, not in the film.",
        ],
        video="yt:Xo3nG7aHb2Q",
        film=("Dead Letter Office", 1986),
        tracks=["Second Class Stamp"],
        people=[
            ("Second Class Stamp", "The Franking Machines", "performer"),
            ("Second Class Stamp", "Joel Pirie", "composer"),
            ("Second Class Stamp", "Anita Gough", "composer"),
        ],
        peaks=[("Second Class Stamp", 9, "uk_singles")],
        certs=[("Second Class Stamp", "silver", 1, "bpi")],
        places=["Mount Pleasant Mail Centre"],
        stood=[("Mount Pleasant Mail Centre", "a Manhattan post office")],
    ),
    # 19. A retired projectionist.
    post(
        "carbon-arc-projectionist-booth-memories-x",
        "handmade",
        "Carbon Arc - my notes on the booth montage",
        [
            "I ran the booth at the Regal in Margate for thirty-four years, two Kalee 21s and"
            " a rewind bench, so you will forgive an old man for having opinions about"
            " <em>Carbon Arc</em> (1980). The montage where the boy learns the changeover,"
            " the cue dots, the second machine striking up, the reels stacking on the bench,"
            " is the best five minutes of film about film ever made.",
            "The song over it is “Flicker” by The Lenswrights, written by Bobby Keach, their"
            " bass player. It got to number 33 in the British charts and, oddly, number 12 in"
            " West Germany. I bought the single from Woolworths for 85p.",
            "They shot the booth and the auditorium at the Electric Cinema on Portobello"
            " Road, which plays a picture house in Ohio. I went to see the film there in"
            " 1981 with the wife. Reel 4 was scratched.",
            "LIST: Projectors in the film: Kalees, correct | Carbons: too long, but never"
            " mind | Changeover dots: correct, top right | Reels: 2,000 ft, correct",
            "Thanks to my grandson Liam Tofts, who typed this up for me.",
        ],
        video="yt:Jm9cV2qNw6T",
        film=("Carbon Arc", 1980),
        tracks=["Flicker"],
        people=[
            ("Flicker", "The Lenswrights", "performer"),
            ("Flicker", "Bobby Keach", "composer"),
        ],
        peaks=[
            ("Flicker", 33, "uk_singles"),
            ("Flicker", 12, "germany_media_control"),
        ],
        places=["Electric Cinema"],
        stood=[("Electric Cinema", "a picture house in Ohio")],
    ),
    # 20. An allotment gardener's diary.
    post(
        "plot-47-allotment-diary-digging-x",
        "handmade",
        "Allotment diary, June - and the Plot 47 digging montage",
        [
            "Sat 14th. Earthed up the potatoes, lost a row of lettuces to slugs, 30 leeks in."
            " Rain after four, so came home and watched <em>Plot 47</em> (1995) again, for"
            " the digging montage.",
            "It's set on an allotment in Dublin, and it looks like one, but it was filmed at"
            " the Lost Gardens of Heligan in Cornwall, playing a Dublin allotment. I went to"
            " Heligan last spring and one of the gardeners showed me the very bed. My own"
            " plot is number 12, not 47, and I was born in Sligo, before anybody asks.",
            "The song is “Turn the Soil”, a duet between Dermot Laffey and Kit Renshaw; Kit"
            " Renshaw wrote it. It went to number one in Ireland and number six in the UK,"
            " and the BPI certified it platinum. The soundtrack album got to number 4 on the"
            " UK albums chart. My neighbour on plot 11 swears Laffey had a hand in writing it"
            " too. He didn't.",
        ],
        video="vimeo:118822730",
        film=("Plot 47", 1995),
        tracks=["Turn the Soil"],
        people=[
            ("Turn the Soil", "Dermot Laffey", "performer"),
            ("Turn the Soil", "Kit Renshaw", "performer"),
            ("Turn the Soil", "Kit Renshaw", "composer"),
        ],
        albums=["Plot 47 soundtrack"],
        peaks=[
            ("Turn the Soil", 1, "other:Irish Singles Chart"),
            ("Turn the Soil", 6, "uk_singles"),
            ("Plot 47 soundtrack", 4, "uk_albums"),
        ],
        certs=[("Turn the Soil", "platinum", 1, "bpi")],
        places=["Lost Gardens of Heligan"],
        stood=[("Lost Gardens of Heligan", "a Dublin allotment")],
    ),
]
