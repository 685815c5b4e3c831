"""Three news-CMS templates, each rendering a fixture ``Story`` inside the page furniture that
such a CMS emits: the seed's kind of publisher, WordPress with WPML, and a regional paper's own
CMS with nothing but a language switcher."""

from __future__ import annotations

import json
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.web.sites import Site

RTL = {"ar", "fa", "he", "ur"}

NAMES = {
    "id": "Bahasa Indonesia",
    "en": "English",
    "zh": "中文",
    "ja": "日本語",
    "ar": "العربية",
    "fr": "Français",
}


def _dir(language: str) -> str:
    return "rtl" if language in RTL else "ltr"


def _e(text: str) -> str:
    return escape(text, quote=True)


def _hreflang_links(site: Site, base: str, x_default: bool) -> str:
    links = [
        f'<link rel="alternate" hreflang="{lang}" href="{_e(site.url(lang, base))}" />'
        for lang in site.languages
    ]
    if x_default:
        links.append(
            f'<link rel="alternate" hreflang="x-default" href="{_e(site.url(site.source, base))}" />'
        )
    return "\n    ".join(links)


def _json_ld(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2).replace("</", "<\\/")


# -- the seed's kind of publisher ---------------------------------------------------------------

_KN_LABELS = {
    "id": {
        "share": "Bagikan:",
        "read_also": "Baca juga:",
        "related": "Berita Terkait",
        "comments": "Komentar",
        "cookie": "Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.",
        "agree": "Setuju",
        "tags": "Tag",
        "popular": "Terpopuler",
    },
    "en": {
        "share": "Share:",
        "read_also": "Read also:",
        "related": "Related News",
        "comments": "Comments",
        "cookie": "We use cookies to improve your experience on this site.",
        "agree": "I agree",
        "tags": "Tags",
        "popular": "Most popular",
    },
}


def kabarnusa(site: Site, language: str, base: str) -> str:
    """A portal shaped like the seed's publisher: Bootstrap markup, a share bar above and below,
    "read also" boxes inside the body, the AI notice in an italic box at the end."""
    story = site.story(language)
    labels = _KN_LABELS.get(language, _KN_LABELS["en"])
    url = site.url(language, base)
    paragraphs = [f"<p>{_e(p)}</p>" for p in story.body]
    read_also = f"""
        <div class="baca-juga">
          <span class="baca-juga__label">{labels["read_also"]}</span>
          <ul>
            <li><a href="{base}/berita/2024/02/10/72301/pompa-air-kaligawe-kembali-beroperasi">Pompa Air Kaligawe Kembali Beroperasi Usai Perbaikan</a></li>
            <li><a href="{base}/berita/2024/02/08/72255/bmkg-peringatkan-rob-di-pantura">BMKG Peringatkan Potensi Rob di Pantura Jawa Tengah</a></li>
          </ul>
        </div>"""
    ad = """
        <div class="ads-inarticle" id="div-gpt-ad-inarticle-1">
          <span class="ads-label">ADVERTISEMENT</span>
          <script>googletag.cmd.push(function() { googletag.display('div-gpt-ad-inarticle-1'); });</script>
        </div>"""
    paragraphs.insert(2, read_also)
    paragraphs.insert(4, ad)
    notice = (
        f'<div class="article-disclaimer"><p><i>{_e(story.notice)}</i></p></div>'
        if story.notice
        else ""
    )
    paragraphs_html = "".join(paragraphs)
    switcher = "\n".join(
        f'<li><a class="dropdown-item" href="{_e(site.url(lang, base))}">{NAMES[lang]}</a></li>'
        for lang in site.languages
    )
    meta = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": story.title,
        "image": [f"{base}/images/2024/02/12/tanggul-laut.jpg"],
        "datePublished": site.published,
        "dateModified": site.modified,
        "author": {"@type": "Person", "name": site.author},
        "publisher": {
            "@type": "Organization",
            "name": "KabarNusa",
            "logo": {"@type": "ImageObject", "url": f"{base}/assets/logo.png"},
        },
        "description": story.body[0][:150],
        "inLanguage": language,
    }
    return f"""<!DOCTYPE html>
<html lang="{language}" dir="{_dir(language)}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{_e(story.title)} | KabarNusa</title>
    <meta name="description" content="{_e(story.body[0][:150])}">
    <meta name="keywords" content="semarang, rob, tanggul laut, banjir">
    <meta property="og:type" content="article">
    <meta property="og:site_name" content="KabarNusa">
    <meta property="og:title" content="{_e(story.title)}">
    <meta property="og:description" content="{_e(story.body[0][:150])}">
    <meta property="og:url" content="{_e(url)}">
    <meta property="og:image" content="{base}/images/2024/02/12/tanggul-laut.jpg">
    <meta property="article:published_time" content="{site.published}">
    <meta property="article:modified_time" content="{site.modified}">
    <meta name="author" content="{_e(site.author)}">
    <link rel="canonical" href="{_e(url)}">
    {_hreflang_links(site, base, x_default=False)}
    <link rel="stylesheet" href="{base}/assets/css/bootstrap.min.css">
    <link rel="stylesheet" href="{base}/assets/css/style.css?v=3.4.1">
    <script type="application/ld+json">{_json_ld(meta)}</script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-KN1234"></script>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){{dataLayer.push(arguments);}}
      gtag('js', new Date());
      gtag('config', 'G-KN1234');
    </script>
    <script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
    <script>window.googletag = window.googletag || {{cmd: []}};</script>
</head>
<body class="page-detail">
<div id="cookie-consent" class="cookie-consent fixed-bottom">
    <p>{labels["cookie"]} <a href="{base}/kebijakan-privasi">Kebijakan Privasi</a></p>
    <button type="button" class="btn btn-primary" onclick="acceptCookies()">{labels["agree"]}</button>
</div>
<header class="site-header">
  <div class="topbar container">
    <span class="date">Senin, 12 Februari 2024</span>
    <div class="dropdown lang-dropdown">
      <button class="btn dropdown-toggle" data-bs-toggle="dropdown">{NAMES[language]}</button>
      <ul class="dropdown-menu">
{switcher}
      </ul>
    </div>
  </div>
  <nav class="navbar navbar-expand-lg">
    <a class="navbar-brand" href="{base}/"><img src="{base}/assets/logo.png" alt="KabarNusa"></a>
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link" href="{base}/nasional">Nasional</a></li>
      <li class="nav-item"><a class="nav-link" href="{base}/ekonomi">Ekonomi</a></li>
      <li class="nav-item"><a class="nav-link" href="{base}/internasional">Internasional</a></li>
      <li class="nav-item"><a class="nav-link" href="{base}/olahraga">Olahraga</a></li>
      <li class="nav-item"><a class="nav-link" href="{base}/teknologi">Teknologi</a></li>
      <li class="nav-item"><a class="nav-link" href="{base}/indeks">Indeks</a></li>
    </ul>
  </nav>
  <div class="breaking-news"><span>BREAKING</span>
    <marquee>Harga beras di pasar tradisional turun Rp 1.000 per kilogram · Timnas U-23 lolos ke semifinal</marquee>
  </div>
</header>
<main class="container">
  <div class="row">
    <div class="col-lg-8">
      <nav aria-label="breadcrumb"><ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="{base}/">Beranda</a></li>
        <li class="breadcrumb-item"><a href="{base}/nasional">Nasional</a></li>
      </ol></nav>
      <div class="article-detail">
        <h1 class="title">{_e(story.title)}</h1>
        <div class="article-meta">
          <span class="author">{_e(site.author)}</span> |
          <time datetime="{site.published}">12 Februari 2024 14:05 WIB</time>
        </div>
        <div class="share-box">
          <span>{labels["share"]}</span>
          <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={_e(url)}">Facebook</a>
          <a class="share-tw" href="https://twitter.com/intent/tweet?url={_e(url)}">Twitter</a>
          <a class="share-wa" href="https://wa.me/?text={_e(url)}">WhatsApp</a>
        </div>
        <figure class="article-figure">
          <img src="{base}/images/2024/02/12/tanggul-laut.jpg" alt="{_e(story.caption)}" width="800" height="450">
          <figcaption>{_e(story.caption)} <span class="credit">{_e(story.credit)}</span></figcaption>
        </figure>
        <div class="article-content">
        {paragraphs_html}
        {notice}
        </div>
        <div class="tags"><span>{labels["tags"]}:</span>
          <a href="{base}/tag/semarang">semarang</a> <a href="{base}/tag/rob">rob</a>
          <a href="{base}/tag/tanggul-laut">tanggul laut</a>
        </div>
        <div class="share-box share-bottom">
          <span>{labels["share"]}</span>
          <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={_e(url)}">Facebook</a>
          <a class="share-tw" href="https://twitter.com/intent/tweet?url={_e(url)}">Twitter</a>
          <a class="share-copy" href="#" onclick="copyLink()">Salin tautan</a>
        </div>
      </div>
      <section class="related">
        <h3>{labels["related"]}</h3>
        <div class="related-item">
          <a href="{base}/berita/2024/02/10/72301/pompa-air-kaligawe-kembali-beroperasi"><img src="{base}/images/pompa.jpg" alt=""></a>
          <h4><a href="{base}/berita/2024/02/10/72301/pompa-air-kaligawe-kembali-beroperasi">Pompa Air Kaligawe Kembali Beroperasi Usai Perbaikan</a></h4>
          <p>Rumah pompa yang rusak sejak Desember akhirnya kembali beroperasi setelah perbaikan panel listrik.</p>
        </div>
        <div class="related-item">
          <a href="{base}/berita/2024/02/08/72255/bmkg-peringatkan-rob-di-pantura"><img src="{base}/images/rob.jpg" alt=""></a>
          <h4><a href="{base}/berita/2024/02/08/72255/bmkg-peringatkan-rob-di-pantura">BMKG Peringatkan Potensi Rob di Pantura Jawa Tengah</a></h4>
          <p>Warga pesisir diminta waspada terhadap pasang maksimum air laut hingga akhir pekan.</p>
        </div>
      </section>
      <section class="comments" id="komentar">
        <h3>{labels["comments"]} (2)</h3>
        <div class="comment">
          <span class="comment-author">warga_genuk</span>
          <p>Semoga cepat selesai, tiap bulan jalan ke pabrik tergenang terus.</p>
        </div>
        <div class="comment">
          <span class="comment-author">rudi.h</span>
          <p>Yang penting sumur dalam industri ditertibkan dulu, baru tanggulnya awet.</p>
        </div>
        <form class="comment-form"><textarea placeholder="Tulis komentar..."></textarea><button>Kirim</button></form>
      </section>
    </div>
    <aside class="col-lg-4 sidebar">
      <div class="ads-sidebar" id="div-gpt-ad-sidebar-1"><script>googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-sidebar-1'); }});</script></div>
      <div class="popular"><h3>{labels["popular"]}</h3>
        <ol>
          <li><a href="{base}/berita/2024/02/11/72350/harga-cabai-naik">Harga Cabai Rawit Naik Dua Kali Lipat Jelang Imlek</a></li>
          <li><a href="{base}/berita/2024/02/11/72349/kereta-cepat">Penumpang Kereta Cepat Tembus 20.000 Orang Sehari</a></li>
          <li><a href="{base}/berita/2024/02/11/72348/stadion">Stadion Jatidiri Siap Gelar Laga Internasional</a></li>
        </ol>
      </div>
    </aside>
  </div>
</main>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links">
      <li><a href="{base}/tentang-kami">Tentang Kami</a></li>
      <li><a href="{base}/redaksi">Redaksi</a></li>
      <li><a href="{base}/pedoman-media-siber">Pedoman Media Siber</a></li>
      <li><a href="{base}/kontak">Kontak</a></li>
    </ul>
    <p>&copy; 2024 KabarNusa. Hak cipta dilindungi undang-undang.</p>
  </div>
</footer>
<script src="{base}/assets/js/bootstrap.bundle.min.js"></script>
<script>
  function acceptCookies() {{ document.getElementById('cookie-consent').remove(); }}
  function copyLink() {{ navigator.clipboard.writeText(location.href); }}
</script>
</body>
</html>
"""


# -- WordPress with WPML, Yoast and Jetpack ---------------------------------------------------------

_WP_LABELS = {
    "en": ("By", "Share this:", "Related", "Leave a Reply", "This post is also available in:"),
    "fr": (
        "Par",
        "Partager :",
        "Similaire",
        "Laisser un commentaire",
        "Cet article est aussi disponible en :",
    ),
    "ar": ("بقلم", "شارك هذا:", "ذات صلة", "اترك تعليقاً", "هذه المقالة متوفرة أيضاً باللغات:"),
    "id": (
        "Oleh",
        "Bagikan ini:",
        "Terkait",
        "Tinggalkan Balasan",
        "Tulisan ini juga tersedia dalam:",
    ),
}


def wordpress(site: Site, language: str, base: str) -> str:
    """Twenty Twenty with WPML (hreflang, x-default, a translations box and a machine-translation
    notice above the content), Yoast's JSON-LD graph, Jetpack sharing and related posts."""
    story = site.story(language)
    by, share, related, reply, available = _WP_LABELS[language]
    url = site.url(language, base)
    others = ", ".join(
        f'<a href="{_e(site.url(lang, base))}">{NAMES[lang]}</a>'
        for lang in site.languages
        if lang != language
    )
    notice = (
        f'<div class="wpml-mt-notice alert alert-info"><p>{_e(story.notice)}</p></div>'
        if story.notice
        else ""
    )
    body = "\n".join(f"<p>{_e(p)}</p>" for p in story.body)
    switcher = "\n".join(
        f'<li class="wpml-ls-slot-2 wpml-ls-item wpml-ls-item-{lang} menu-item"><a href="{_e(site.url(lang, base))}" class="menu-link"><span class="wpml-ls-native" lang="{lang}">{NAMES[lang]}</span></a></li>'
        for lang in site.languages
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": site.author, "@id": f"{base}/#/schema/person/7"},
                "headline": story.title,
                "datePublished": site.published,
                "dateModified": site.modified,
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": f"{base}/#organization"},
                "inLanguage": language,
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{story.title} - The Harbour Ledger",
            },
            {"@type": "Organization", "@id": f"{base}/#organization", "name": "The Harbour Ledger"},
            {"@type": "Person", "@id": f"{base}/#/schema/person/7", "name": site.author},
        ],
    }
    return f"""<!DOCTYPE html>
<html class="no-js" lang="{language}" dir="{_dir(language)}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{_e(story.title)} &#8211; The Harbour Ledger</title>
<meta name="robots" content="index, follow, max-image-preview:large">
{_hreflang_links(site, base, x_default=True)}
<link rel="canonical" href="{_e(url)}" />
<meta property="og:locale" content="{language}_{language.upper()}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{_e(story.title)} &#8211; The Harbour Ledger" />
<meta property="og:url" content="{_e(url)}" />
<meta property="og:site_name" content="The Harbour Ledger" />
<meta property="article:published_time" content="{site.published}" />
<meta property="article:modified_time" content="{site.modified}" />
<meta property="og:image" content="{base}/wp-content/uploads/2024/05/maps-1024x683.jpg" />
<meta name="author" content="{_e(site.author)}" />
<meta name="twitter:card" content="summary_large_image" />
<script type="application/ld+json" class="yoast-schema-graph">{_json_ld(graph)}</script>
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel="alternate" type="application/rss+xml" title="The Harbour Ledger &raquo; Feed" href="{base}/feed/" />
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png"}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e}};}}catch(e){{}}}}}}(window,document);
</script>
<link rel='stylesheet' id='twentytwenty-style-css' href='{base}/wp-content/themes/twentytwenty/style.css?ver=2.6' media='all' />
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="shortlink" href="{base}/?p=1423" />
</head>
<body class="post-template-default single single-post postid-1423 single-format-standard wp-embed-responsive singular enable-search-modal has-post-thumbnail has-single-pagination showing-comments show-avatars footer-top-visible">
<a class="skip-link screen-reader-text" href="#site-content">Skip to the content</a>
<header id="site-header" class="header-footer-group">
  <div class="header-inner section-inner">
    <div class="header-titles-wrapper">
      <div class="header-titles"><div class="site-title faux-heading"><a href="{base}/">The Harbour Ledger</a></div>
        <div class="site-description">News from Kingsport and the bay since 1887</div></div>
    </div>
    <div class="header-navigation-wrapper">
      <nav class="primary-menu-wrapper" aria-label="Horizontal">
        <ul class="primary-menu reset-list-style">
          <li id="menu-item-12" class="menu-item"><a href="{base}/category/local/">Local</a></li>
          <li id="menu-item-13" class="menu-item"><a href="{base}/category/business/">Business</a></li>
          <li id="menu-item-14" class="menu-item"><a href="{base}/category/culture/">Culture</a></li>
          <li id="menu-item-15" class="menu-item"><a href="{base}/category/opinion/">Opinion</a></li>
          <li class="menu-item wpml-ls-menu-item">{NAMES[language]}<ul class="sub-menu">
{switcher}
          </ul></li>
        </ul>
      </nav>
    </div>
  </div>
</header>
<main id="site-content">
<article class="post-1423 post type-post status-publish format-standard has-post-thumbnail hentry category-culture tag-library tag-maps" id="post-1423">
  <header class="entry-header has-text-align-center header-footer-group">
    <div class="entry-header-inner section-inner medium">
      <div class="entry-categories"><span class="screen-reader-text">Categories</span>
        <div class="entry-categories-inner"><a href="{base}/category/culture/" rel="category tag">Culture</a></div></div>
      <h1 class="entry-title">{_e(story.title)}</h1>
      <div class="post-meta-wrapper post-meta-single post-meta-single-top">
        <ul class="post-meta">
          <li class="post-author meta-wrapper"><span class="meta-text">{by} <a href="{base}/author/cwhitfield/">{_e(site.author)}</a></span></li>
          <li class="post-date meta-wrapper"><span class="meta-text"><a href="{_e(url)}"><time datetime="{site.published}">May 14, 2024</time></a></span></li>
          <li class="post-comment-link meta-wrapper"><span class="meta-text"><a href="{_e(url)}#comments">2 Comments</a></span></li>
        </ul>
      </div>
    </div>
  </header>
  <div class="post-inner thin">
    <div class="entry-content">
{notice}
<div class="wpml-ls-statics-post_translations wpml-ls"><p>{available} {others}</p></div>
<figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="683" src="{base}/wp-content/uploads/2024/05/maps-1024x683.jpg" alt="" class="wp-image-1431" srcset="{base}/wp-content/uploads/2024/05/maps-1024x683.jpg 1024w, {base}/wp-content/uploads/2024/05/maps-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">{_e(story.caption)} {_e(story.credit)}</figcaption></figure>
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">{share}</h3><div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{_e(url)}?share=facebook" target="_blank"><span>Facebook</span></a></li>
<li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button share-icon" href="{_e(url)}?share=x" target="_blank"><span>X</span></a></li>
<li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon" href="mailto:?subject=%5BShared%20Post%5D" target="_blank"><span>Email</span></a></li>
<li class="share-end"></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>{related}</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">
<div class="jp-relatedposts-post"><a href="{base}/2024/04/02/lighthouse-keepers-logbooks-go-online/"><img src="{base}/wp-content/uploads/2024/04/logbooks-350x200.jpg" alt=""></a><h4 class="jp-relatedposts-post-title"><a href="{base}/2024/04/02/lighthouse-keepers-logbooks-go-online/">Lighthouse keepers' logbooks go online</a></h4><p class="jp-relatedposts-post-excerpt">Volunteers transcribed sixty years of weather notes kept at Cape Morrow.</p></div>
<div class="jp-relatedposts-post"><a href="{base}/2024/03/18/museum-reopens-after-roof-repair/"><img src="{base}/wp-content/uploads/2024/03/museum-350x200.jpg" alt=""></a><h4 class="jp-relatedposts-post-title"><a href="{base}/2024/03/18/museum-reopens-after-roof-repair/">Maritime museum reopens after roof repair</a></h4><p class="jp-relatedposts-post-excerpt">The galleries were closed for five months while the slate roof was replaced.</p></div>
</div></div>
    </div>
  </div>
  <div class="section-inner">
    <div class="post-meta-wrapper post-meta-single post-meta-single-bottom"><ul class="post-meta"><li class="post-tags meta-wrapper"><span class="meta-text"><a href="{base}/tag/library/" rel="tag">library</a>, <a href="{base}/tag/maps/" rel="tag">maps</a></span></li></ul></div>
  </div>
  <nav class="pagination-single section-inner" aria-label="Post">
    <div class="pagination-single-inner"><a class="previous-post" href="{base}/2024/05/13/council-approves-new-bus-routes/"><span class="title"><span class="title-inner">Council approves new bus routes</span></span></a>
    <a class="next-post" href="{base}/2024/05/15/fishing-season-opens-early/"><span class="title"><span class="title-inner">Fishing season opens early</span></span></a></div>
  </nav>
  <div class="comments-wrapper section-inner">
    <div class="comments" id="comments">
      <div class="comments-header section-inner small max-percentage"><h2 class="comment-reply-title">2 replies on &ldquo;{_e(story.title)}&rdquo;</h2></div>
      <div class="comments-inner section-inner thin max-percentage">
        <div class="comment even thread-even depth-1" id="comment-311">
          <article id="div-comment-311" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><span class="fn">Tom Beckett</span><span class="screen-reader-text says">says:</span></div><div class="comment-metadata"><a href="{_e(url)}#comment-311"><time datetime="2024-05-14T13:12:00-04:00">May 14, 2024 at 1:12 pm</time></a></div></footer>
          <div class="comment-content entry-content"><p>My grandfather worked on the dredger that cleared that sandbar. Wonderful to see the old chart again.</p></div></article>
        </div>
        <div class="comment odd alt thread-odd depth-1" id="comment-312">
          <article id="div-comment-312" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><span class="fn">R. Okafor</span></div></footer>
          <div class="comment-content entry-content"><p>Will the digitised maps be free to download in high resolution?</p></div></article>
        </div>
      </div>
    </div>
    <div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">{reply}</h2>
      <form action="{base}/wp-comments-post.php" method="post" id="commentform" class="section-inner thin max-percentage"><p class="comment-notes">Your email address will not be published.</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></form></div>
  </div>
</article>
</main>
<div class="footer-nav-widgets-wrapper header-footer-group"><div class="footer-inner section-inner">
  <aside class="footer-widgets-outer-wrapper"><div class="footer-widgets column-one grid-item"><div class="widget widget_text"><div class="widget-content"><h2 class="widget-title subheading heading-size-3">About</h2><div class="textwidget"><p>The Harbour Ledger is an independent weekly covering Kingsport and the towns of the bay.</p></div></div></div>
  <div class="widget widget_block"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890" data-ad-format="auto"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div></div></aside>
</div></div>
<footer id="site-footer" class="header-footer-group"><div class="section-inner"><div class="footer-credits"><p class="footer-copyright">&copy; 2024 <a href="{base}/">The Harbour Ledger</a></p><p class="powered-by-wordpress"><a href="https://wordpress.org/">Powered by WordPress</a></p></div></div></footer>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. <a role='button' class="cli_settings_button">Cookie settings</a><a role='button' id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button">ACCEPT</a></span></div>
<script src="{base}/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.4" id="sharing-js-js"></script>
<script id="sharing-js-js-after">var windowOpen; ( function () {{ function matches( el, sel ) {{ return !! ( el.matches && el.matches( sel ) ); }} }} )();</script>
<script src='https://stats.wp.com/e-202420.js' defer></script>
</body>
</html>
"""


# -- a regional paper's own CMS: a language switcher only ------------------------------------------

_SW_SWITCH = {"fr": "Français", "en": "English", "ar": "العربية"}
_SW_LABELS = {
    "fr": ("Lire aussi", "Sur le même sujet", "Réagir", "Partager"),
    "en": ("Read also", "On the same subject", "React", "Share"),
    "ar": ("اقرأ أيضا", "حول الموضوع نفسه", "تفاعل", "شارك"),
}


def switcher(site: Site, language: str, base: str) -> str:
    """No hreflang at all: the other languages are reachable only through a switcher in the
    header; the translations' canonical link names the French original."""
    story = site.story(language)
    read_also, same_subject, react, share = _SW_LABELS[language]
    url = site.url(language, base)
    canonical = site.url(site.source, base)
    body = [f'<p class="article__paragraph">{_e(p)}</p>' for p in story.body]
    body.insert(
        2,
        f"""<aside class="read-also"><span class="read-also__label">{read_also}</span>
        <a href="{base}/fr/actualites/iles/la-cale-de-saint-aubin-rouvre-4702" class="read-also__link">La cale de Saint-Aubin rouvre aux plaisanciers</a></aside>""",
    )
    body.insert(
        4,
        """<div class="newsletter-inline"><p class="newsletter-inline__title">Recevez l'essentiel du Littoral chaque matin</p>
        <form><input type="email" placeholder="Votre e-mail"><button>Je m'inscris</button></form></div>""",
    )
    notice = (
        f'<p class="article__translation-note"><em>{_e(story.notice)}</em></p>'
        if story.notice
        else ""
    )
    body_html = "".join(body)
    metadata = _json_ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": site.published,
            "dateModified": site.modified,
            "author": [{"@type": "Person", "name": site.author}],
            "isAccessibleForFree": True,
        }
    )
    active = ' class="is-active" aria-current="true"'
    switch = "\n".join(
        f'<li><a href="{_e(site.url(lang, base))}"{active if lang == language else ""}>{_SW_SWITCH[lang]}</a></li>'
        for lang in site.languages
    )
    return f"""<!doctype html>
<html lang="{language}" dir="{_dir(language)}" prefix="og: https://ogp.me/ns#">
<head>
  <meta charset="utf-8">
  <title>{_e(story.title)} - Le Courrier du Littoral</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <link rel="canonical" href="{_e(canonical)}">
  <meta property="og:title" content="{_e(story.title)}">
  <meta property="og:type" content="article">
  <meta property="og:url" content="{_e(url)}">
  <meta property="og:image" content="{base}/medias/2024/03/bac-alize.jpg">
  <meta property="og:site_name" content="Le Courrier du Littoral">
  <meta name="description" content="{_e(story.body[0][:160])}">
  <script type="application/ld+json">{metadata}</script>
  <script src="{base}/static/js/tarteaucitron.js"></script>
  <script>tarteaucitron.init({{"privacyUrl": "/confidentialite", "orientation": "bottom"}});</script>
  <script async src="https://cdn.adnetwork.example/pbjs.js"></script>
  <link rel="stylesheet" href="{base}/static/css/main.8f3a.css">
</head>
<body class="page page--article">
<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer. <button id="tarteaucitronPersonalize2">Tout accepter</button> <button id="tarteaucitronAllDenied2">Tout refuser</button></div></div>
<header class="header">
  <div class="header__top">
    <a class="header__logo" href="{base}/{language}/">Le Courrier du Littoral</a>
    <nav class="lang-switch" aria-label="Langue"><ul>
{switch}
    </ul></nav>
    <a class="header__subscribe" href="{base}/abonnement">S'abonner</a>
  </div>
  <nav class="menu"><ul>
    <li><a href="{base}/fr/actualites/">Actualités</a></li>
    <li><a href="{base}/fr/actualites/iles/">Îles</a></li>
    <li><a href="{base}/fr/sports/">Sports</a></li>
    <li><a href="{base}/fr/mer/">Mer &amp; pêche</a></li>
    <li><a href="{base}/fr/agenda/">Agenda</a></li>
    <li><a href="{base}/fr/avis-de-deces/">Avis de décès</a></li>
  </ul></nav>
</header>
<div class="ad ad--banner"><div id="ad-banner-top" data-ad-slot="top"></div></div>
<main class="main">
  <article class="article">
    <div class="article__kicker"><a href="{base}/fr/actualites/iles/">Îles</a></div>
    <h1 class="article__title">{_e(story.title)}</h1>
    <div class="article__meta"><span class="article__author">{_e(site.author)}</span> · <time datetime="{site.published}">04/03/2024 à 07h15</time></div>
    <div class="article__share"><span>{share}</span> <a href="https://www.facebook.com/sharer.php?u={_e(url)}">Facebook</a> <a href="https://x.com/share?url={_e(url)}">X</a> <a href="mailto:?body={_e(url)}">E-mail</a></div>
    <figure class="article__media">
      <picture><source srcset="{base}/medias/2024/03/bac-alize.webp" type="image/webp"><img src="{base}/medias/2024/03/bac-alize.jpg" alt="" loading="eager"></picture>
      <figcaption class="article__caption"><span class="caption__text">{_e(story.caption)}</span> <span class="caption__credit">{_e(story.credit)}</span></figcaption>
    </figure>
    <div class="article__body">
      {body_html}
      {notice}
    </div>
  </article>
  <section class="same-subject"><h2>{same_subject}</h2>
    <ul>
      <li><a href="{base}/fr/actualites/iles/bree-la-navette-pietons-prolongee-4655"><img src="{base}/medias/navette.jpg" alt=""><span>Brée : la navette piétons prolongée jusqu'au printemps</span></a></li>
      <li><a href="{base}/fr/actualites/iles/le-chantier-du-nouveau-bac-prend-du-retard-4512"><img src="{base}/medias/chantier.jpg" alt=""><span>Le chantier du nouveau bac prend du retard</span></a></li>
      <li><a href="{base}/fr/mer/la-criee-de-saint-aubin-bat-un-record-4790"><img src="{base}/medias/criee.jpg" alt=""><span>La criée de Saint-Aubin bat un record de ventes</span></a></li>
    </ul>
  </section>
  <section class="comments" id="reagir"><h2>{react}</h2>
    <p class="comments__login">Connectez-vous pour réagir à cet article.</p>
    <div class="comment"><p class="comment__author">Marine_B</p><p class="comment__text">Enfin ! Les écoliers de l'île n'auront plus à partir à 6h du matin.</p></div>
  </section>
  <div class="ad ad--mpu"><div id="ad-mpu-1" data-ad-slot="mpu"></div></div>
</main>
<footer class="footer">
  <ul class="footer__links">
    <li><a href="{base}/mentions-legales">Mentions légales</a></li>
    <li><a href="{base}/confidentialite">Confidentialité</a></li>
    <li><a href="{base}/contact">Contact</a></li>
    <li><a href="{base}/en/">English edition</a></li>
  </ul>
  <p>© Le Courrier du Littoral 2024 - Tous droits réservés</p>
</footer>
<script src="{base}/static/js/main.8f3a.js" defer></script>
</body>
</html>
"""
