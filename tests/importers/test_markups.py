"""Posts saved from other blog engines: Blogger's bold headings and <br /> paragraphs,
Ghost's embed cards, Squarespace's video block, Substack's YouTube wrapper, a Medium
export, and a video written out as a link in a hand-made page."""

from wagtail_montage.importers.html import parse_html

WATCH = "https://www.youtube.com/watch?v=UbEhCQqqHJA"


def page(body, head=""):
    return (
        f"<!doctype html><html><head><title>Harbor Lights | Notes</title>{head}</head>"
        f"<body>{body}</body></html>"
    ).encode()


def kinds(post):
    return [kind for kind, _value in post.body]


def test_blogger_bold_lines_are_headings_and_br_runs_paragraphs():
    post = parse_html(
        page(
            '<div class="post hentry"><h3 class="post-title entry-title">Harbor Lights'
            '</h3><div class="post-body entry-content">The ferry montage is the best part'
            " of the film, by a long way.<br /><br /><b>The song</b><br />It is set to a"
            " song by The Lanterns, and it works.<br /><br /><b>Not a heading, this one."
            "</b> It goes on.<br /><br /></div></div>"
        ),
        "blogger.html",
    )
    assert kinds(post) == ["paragraph", "heading", "paragraph", "paragraph"]
    assert post.body[1][1] == {"text": "The song", "level": "h3"}
    assert post.body[2][1].startswith("<p>It is set to a song")


def test_ghost_embed_card_gives_the_video():
    post = parse_html(
        page(
            '<article class="article post"><h1 class="article-title">Harbor Lights</h1>'
            '<section class="gh-content gh-canvas"><p>The ferry montage is the best'
            ' part of the film, by a long way, and here it is.</p><figure class="kg-card'
            ' kg-embed-card"><iframe src="https://www.youtube.com/embed/UbEhCQqqHJA?'
            'feature=oembed"></iframe></figure></section></article>'
        ),
        "ghost.html",
    )
    assert post.video_url == WATCH


def test_squarespace_video_block_keeps_its_url_in_json():
    post = parse_html(
        page(
            '<article class="BlogItem"><h1 class="BlogItem-title">Harbor Lights</h1>'
            '<div class="sqs-layout"><div class="sqs-block video-block" data-block-json='
            f'"{{&quot;url&quot;:&quot;{WATCH}&quot;}}"><div class="sqs-block-content">'
            '</div></div><div class="sqs-block html-block"><div class="sqs-block-content">'
            "<p>The ferry montage is the best part of the film, by a long way.</p>"
            "</div></div></div></article>"
        ),
        "squarespace.html",
    )
    assert post.video_url == WATCH


def test_a_broken_squarespace_json_is_no_video():
    post = parse_html(
        page(
            '<article class="BlogItem"><h1>Harbor Lights</h1><div class="sqs-block'
            ' video-block" data-block-json="{not json"></div><p>The ferry montage is the'
            " best part of the film, by a long way.</p></article>"
        ),
        "squarespace.html",
    )
    assert post.video_url == ""


def test_substack_youtube_wrapper_and_medium_export():
    substack = parse_html(
        page(
            '<article class="post"><h1 class="post-title">Harbor Lights</h1><div'
            ' class="available-content"><div class="body markup"><p>The ferry montage'
            ' is the best part of the film, by a long way.</p><div id="youtube2-'
            'UbEhCQqqHJA" class="youtube-wrap"><div class="youtube-inner"><iframe'
            ' src="https://www.youtube-nocookie.com/embed/UbEhCQqqHJA?rel=0"></iframe>'
            "</div></div></div></div></article>"
        ),
        "substack.html",
    )
    medium = parse_html(
        page(
            '<article class="h-entry"><header><h1 class="p-name">Harbor Lights</h1>'
            '</header><section data-field="body" class="e-content"><p class="graf'
            ' graf--p">The ferry montage is the best part of the film, by a long way.'
            '</p><figure class="graf graf--iframe"><iframe src="https://www.youtube.com'
            '/embed/UbEhCQqqHJA?feature=oembed"></iframe></figure></section></article>'
        ),
        "medium.html",
    )
    assert substack.video_url == medium.video_url == WATCH


def test_a_video_written_out_in_a_paragraph_of_a_hand_made_page():
    post = parse_html(
        page(
            "<table><tr><td><h2>Harbor Lights</h2><p>The ferry montage is the best part"
            f' of the film, by a long way.<p>Watch it: <a href="{WATCH}">{WATCH}</a>'
            "</td></tr></table>"
        ),
        "handmade.html",
    )
    assert post.video_url == WATCH
