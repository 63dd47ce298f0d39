"""Each blog engine's page around a post, as a reader's browser would save it."""

import html
import json


def video_urls(video):
    """(embed URL, watch URL) of "yt:ID" or "vimeo:N"."""
    provider, _, ident = video.partition(":")
    if provider == "yt":
        return (
            f"https://www.youtube.com/embed/{ident}",
            f"https://www.youtube.com/watch?v={ident}",
        )
    return f"https://player.vimeo.com/video/{ident}", f"https://vimeo.com/{ident}"


def blocks(paragraphs, paragraph, heading, items):
    out = []
    for text in paragraphs:
        if text.startswith("H: "):
            out.append(heading(text[3:]))
        elif text.startswith("LIST: "):
            out.append(items(text[6:].split(" | ")))
        else:
            out.append(paragraph(text))
    return out


def ul(items, cls=""):
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def page(title, body, head=""):
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} | Montage Notes</title>{head}</head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


NAV = (
    '<nav class="menu"><a href="/">Home</a> <a href="/about/">About</a>'
    ' <a href="/archive/">Archive</a></nav>'
)
SIDEBAR = (
    '<aside class="sidebar widget-area"><h3>Recent posts</h3><ul><li><a href="/a/">'
    'Ten more montages</a></li><li><a href="/b/">Mailbag</a></li></ul>'
    '<h3>Subscribe</h3><form><input name="email"><button>Go</button></form></aside>'
)


def wp_classic(post):
    embed, _ = video_urls(post["video"])
    body = blocks(
        post["paragraphs"],
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h2>{t}</h2>",
        ul,
    )
    body.insert(
        1,
        f'<p><iframe width="640" height="360" src="{embed}?feature=oembed"'
        ' frameborder="0" allowfullscreen></iframe></p>',
    )
    return page(
        post["title"],
        f'<div id="page" class="site"><header class="site-header">{NAV}</header>'
        '<div id="content"><article class="post type-post hentry">'
        f'<h1 class="entry-title">{post["title"]}</h1>'
        '<div class="entry-meta">Posted on <time class="entry-date" datetime='
        '"2019-05-04T10:30:00+00:00">May 4, 2019</time></div>'
        f'<div class="entry-content">{"".join(body)}'
        '<div class="sharedaddy"><h3>Share this:</h3><a href="#">Twitter</a></div>'
        "</div></article></div>"
        f'{SIDEBAR}<footer class="site-footer">Proudly powered by WordPress</footer>'
        "</div>",
    )


def gutenberg(post):
    embed, watch = video_urls(post["video"])
    provider = "youtube" if "youtube" in embed else "vimeo"
    body = blocks(
        post["paragraphs"],
        lambda t: f"<!-- wp:paragraph -->\n<p>{t}</p>\n<!-- /wp:paragraph -->",
        lambda t: (
            f'<!-- wp:heading -->\n<h2 class="wp-block-heading">{t}</h2>\n'
            "<!-- /wp:heading -->"
        ),
        lambda items: (
            f"<!-- wp:list -->\n{ul(items, 'wp-block-list')}\n<!-- /wp:list -->"
        ),
    )
    body.insert(
        1,
        f'<!-- wp:embed {{"url":"{watch}","type":"video","providerNameSlug":"{provider}"}} -->\n'
        f'<figure class="wp-block-embed is-type-video is-provider-{provider}'
        f' wp-block-embed-{provider}"><div class="wp-block-embed__wrapper">'
        f'<iframe title="{post["title"]}" width="640" height="360" src="{embed}'
        '?feature=oembed" frameborder="0" allowfullscreen></iframe></div></figure>\n'
        "<!-- /wp:embed -->",
    )
    return page(
        post["title"],
        f'<div class="wp-site-blocks"><header class="wp-block-template-part">{NAV}'
        '</header><main class="wp-block-group"><h1 class="wp-block-post-title">'
        f'{post["title"]}</h1><div class="entry-content wp-block-post-content'
        f' is-layout-constrained">{"".join(body)}</div></main>'
        '<footer class="wp-block-template-part">Site footer</footer></div>',
    )


def ghost(post):
    embed, _ = video_urls(post["video"])
    body = blocks(
        post["paragraphs"],
        lambda t: f"<p>{t}</p>",
        lambda t: f'<h2 id="{t.lower().replace(" ", "-")}">{t}</h2>',
        ul,
    )
    body.insert(
        2,
        '<figure class="kg-card kg-embed-card"><iframe width="200" height="113"'
        f' src="{embed}?feature=oembed" frameborder="0" allowfullscreen'
        f' title="{post["title"]}"></iframe></figure>',
    )
    return page(
        post["title"],
        f'<div class="viewport"><header id="gh-head" class="gh-head">{NAV}</header>'
        '<main id="site-main" class="site-main"><article class="article post">'
        '<header class="article-header gh-canvas"><h1 class="article-title">'
        f'{post["title"]}</h1><p class="article-excerpt">Notes on a montage.</p>'
        '</header><section class="gh-content gh-canvas">'
        f"{''.join(body)}</section></article></main>"
        '<footer class="site-footer outer">Powered by Ghost</footer></div>',
        head='<meta name="generator" content="Ghost 5.80">',
    )


def blogger(post):
    embed, _ = video_urls(post["video"])
    parts = []
    for text in post["paragraphs"]:
        if text.startswith("H: "):
            parts.append(f"<b>{text[3:]}</b><br />")
        elif text.startswith("LIST: "):
            parts.append(ul(text[6:].split(" | ")))
        else:
            parts.append(f"{text}<br /><br />")
    parts.insert(
        1,
        '<div class="separator" style="clear: both; text-align: center;"><iframe'
        f' allowfullscreen="" class="BLOG_video_class" height="266" src="{embed}"'
        ' width="320" youtube-src-id="x"></iframe></div><br />',
    )
    return page(
        post["title"],
        '<div class="content-outer"><div class="main-inner"><div class="blog-posts'
        ' hfeed"><div class="date-outer"><h2 class="date-header"><span>Saturday, May'
        ' 4, 2019</span></h2><div class="post-outer"><div class="post hentry">'
        f'<h3 class="post-title entry-title">{post["title"]}</h3>'
        '<div class="post-header"></div><div class="post-body entry-content"'
        f' id="post-body-4410">{"".join(parts)}</div><div class="post-footer">'
        'Posted by <span class="fn">Montage Notes</span> at 10:30 AM</div></div>'
        '</div></div></div></div><div class="sidebar section" id="sidebar">'
        '<div class="widget BlogArchive"><h2>Blog Archive</h2></div></div></div>',
        head="<meta content='blogger' name='generator'/>",
    )


def medium(post):
    embed, _ = video_urls(post["video"])
    body = blocks(
        post["paragraphs"],
        lambda t: f'<p class="graf graf--p">{t}</p>',
        lambda t: f'<h3 class="graf graf--h3">{t}</h3>',
        lambda items: (
            '<ul class="postList">'
            + "".join(f'<li class="graf graf--li">{i}</li>' for i in items)
            + "</ul>"
        ),
    )
    body.insert(
        1,
        '<figure class="graf graf--figure graf--iframe"><iframe'
        f' src="{embed}?feature=oembed" width="700" height="393" frameborder="0"'
        ' scrolling="no"></iframe></figure>',
    )
    return page(
        post["title"],
        '<article class="h-entry"><header><h1 class="p-name">'
        f'{post["title"]}</h1></header><section data-field="subtitle"'
        ' class="p-summary">A rewatch.</section><section data-field="body"'
        ' class="e-content"><section class="section section--body section--first">'
        '<div class="section-content"><div class="section-inner'
        f' sectionLayout--insetColumn">{"".join(body)}</div></div></section>'
        '</section><footer><p>By <a href="https://medium.com/@montage"'
        ' class="p-author h-card">Montage Notes</a> on <time class="dt-published"'
        ' datetime="2019-05-04T10:30:00.000Z">May 4, 2019</time>.</p></footer>'
        "</article>",
    )


def squarespace(post):
    _, watch = video_urls(post["video"])
    embed, _ = video_urls(post["video"])
    data = html.escape(json.dumps({"url": watch, "html": f'<iframe src="{embed}">'}))
    body = blocks(
        post["paragraphs"],
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3>{t}</h3>",
        ul,
    )
    text = (
        '<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">'
        f"{''.join(body)}</div></div>"
    )
    video = (
        f'<div class="sqs-block video-block sqs-block-video" data-block-json="{data}">'
        '<div class="sqs-block-content"><div class="intrinsic"><div'
        f' class="embed-block-wrapper" data-html="{html.escape(f"<iframe src={embed!r}>")}">'
        "</div></div></div></div>"
    )
    return page(
        post["title"],
        f'<header class="Header">{NAV}</header><main class="Main"><article'
        ' class="BlogItem hentry"><h1 class="BlogItem-title"'
        f' data-content-field="title">{post["title"]}</h1><div class="sqs-layout'
        f' sqs-grid-12 columns-12" data-type="item">{video}{text}</div></article>'
        '</main><footer class="Footer">Made with Squarespace</footer>',
    )


def substack(post):
    provider, _, ident = post["video"].partition(":")
    body = blocks(
        post["paragraphs"],
        lambda t: f"<p>{t}</p>",
        lambda t: f'<h3 class="header-anchor-post">{t}</h3>',
        ul,
    )
    attrs = html.escape(json.dumps({"videoId": ident, "startTime": None}))
    if provider == "vimeo":
        # Substack's own Vimeo card: a Vimeo video is never a YouTube embed.
        embed = (
            f'<div class="vimeo-wrap" data-attrs="{attrs}"'
            ' data-component-name="VimeoToDom"><div class="vimeo-inner"><iframe'
            f' src="https://player.vimeo.com/video/{ident}?autoplay=0"'
            ' frameborder="0" gesture="media" allowfullscreen="true"'
            ' allow="autoplay; fullscreen" loading="lazy"></iframe></div></div>'
        )
    else:
        embed = (
            f'<div id="youtube2-{ident}" class="youtube-wrap" data-attrs="{attrs}"'
            ' data-component-name="Youtube2ToDOM"><div class="youtube-inner"><iframe'
            f' src="https://www.youtube-nocookie.com/embed/{ident}?rel=0&amp;autoplay=0'
            '&amp;showinfo=0&amp;enablejsapi=0" frameborder="0" loading="lazy"'
            ' allowfullscreen="true" width="728" height="409"></iframe></div></div>'
        )
    body.insert(1, embed)
    return page(
        post["title"],
        '<div id="main"><div class="single-post-container"><article'
        ' class="typography newsletter-post post"><div class="post-header">'
        f'<h1 class="post-title published">{post["title"]}</h1><h3'
        ' class="subtitle">This week in montages</h3></div><div'
        ' class="available-content"><div dir="auto" class="body markup">'
        f'{"".join(body)}</div></div><div class="subscription-widget-wrap">'
        "<p>Subscribe for more</p></div></article></div></div>",
    )


def hugo(post):
    embed, _ = video_urls(post["video"])
    body = blocks(
        post["paragraphs"],
        lambda t: f"<p>{t}</p>",
        lambda t: f'<h2 id="{t.lower().replace(" ", "-")}">{t}</h2>',
        ul,
    )
    body.insert(
        1,
        '<div style="position: relative; padding-bottom: 56.25%; height: 0;'
        ' overflow: hidden;"><iframe src="'
        f'{embed}" style="position: absolute; top: 0; left: 0; width: 100%;'
        ' height: 100%; border:0;" allowfullscreen title="video"></iframe></div>',
    )
    return page(
        post["title"],
        f'<header class="header">{NAV}</header><main class="main"><article'
        ' class="post-single"><header class="post-header"><h1 class="post-title'
        f' entry-hint-parent">{post["title"]}</h1><div class="post-meta"><span'
        ' title="2019-05-04">May 4, 2019</span></div></header><div'
        f' class="post-content">{"".join(body)}</div><footer class="post-footer">'
        '<ul class="post-tags"><li><a href="/tags/montage/">montage</a></li></ul>'
        "</footer></article></main>",
        head='<meta name="generator" content="Hugo 0.125.4">',
    )


def jekyll(post):
    embed, _ = video_urls(post["video"])
    body = blocks(
        post["paragraphs"],
        lambda t: f"<p>{t}</p>",
        lambda t: f'<h2 id="{t.lower().replace(" ", "-")}">{t}</h2>',
        ul,
    )
    body.append(
        f'<iframe src="{embed}" width="640" height="360" frameborder="0"'
        ' allow="autoplay; fullscreen" allowfullscreen></iframe>'
    )
    return page(
        post["title"],
        f'<header class="site-header">{NAV}</header><main class="page-content"'
        ' aria-label="Content"><div class="wrapper"><article class="post h-entry"'
        ' itemscope itemtype="http://schema.org/BlogPosting"><header'
        ' class="post-header"><h1 class="post-title p-name" itemprop="name headline">'
        f'{post["title"]}</h1><p class="post-meta"><time class="dt-published"'
        ' datetime="2019-05-04T10:30:00+00:00">May 4, 2019</time></p></header>'
        '<div class="post-content e-content" itemprop="articleBody">'
        f'{"".join(body)}</div></article></div></main><footer class="site-footer">'
        "Jekyll</footer>",
        head='<meta name="generator" content="Jekyll v4.3.3">',
    )


def handmade(post):
    _, watch = video_urls(post["video"])
    parts = []
    for text in post["paragraphs"]:
        if text.startswith("LIST: "):
            parts.append(ul(text[6:].split(" | ")))
        else:
            parts.append(f"<p>{text}")
    parts.append(f'<p>Watch it: <a href="{watch}">{watch}</a>')
    return page(
        post["title"],
        '<table width="600" border="0"><tr><td><font face="Verdana" size="2">'
        f"<center><h2>{post['title']}</h2></center>{''.join(parts)}"
        '<hr><a href="index.html">back to my film page</a></font></td></tr>'
        "</table>",
    )


RENDERERS = {
    "wp_classic": wp_classic,
    "gutenberg": gutenberg,
    "ghost": ghost,
    "blogger": blogger,
    "medium": medium,
    "squarespace": squarespace,
    "substack": substack,
    "hugo": hugo,
    "jekyll": jekyll,
    "handmade": handmade,
}
