"""The held-back template: written before extraction was tuned, and scored once, apart.

Drupal 10 with the Olivero theme and the Content Translation module: the image and its caption
are separate fields (no <figure>, no <figcaption>), the translation notice is a block above the
body, hreflang alternates with x-default.
"""

from __future__ import annotations

import json
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.web.sites import Site

_NAMES = {"id": "Indonesia", "en": "English", "ar": "العربية"}


def _e(text: str) -> str:
    return escape(text, quote=True)


def drupal(site: Site, language: str, base: str) -> str:
    story = site.story(language)
    url = site.url(language, base)
    links = "\n".join(
        f'<link rel="alternate" hreflang="{lang}" href="{_e(site.url(lang, base))}" />'
        for lang in site.languages
    )
    links += (
        f'\n<link rel="alternate" hreflang="x-default" href="{_e(site.url(site.source, base))}" />'
    )
    body = "\n".join(f"<p>{_e(p)}</p>" for p in story.body)
    notice = (
        f"""<div id="block-translationnotice" class="block block-block-content">
  <div class="block__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><strong>{_e(story.notice)}</strong></p></div></div>
</div>"""
        if story.notice
        else ""
    )
    languages = "\n".join(
        f'<li hreflang="{lang}" data-drupal-link-system-path="node/5512" class="{lang}{" is-active" if lang == language else ""}"><a href="{_e(site.url(lang, base))}" class="language-link" hreflang="{lang}">{_NAMES[lang]}</a></li>'
        for lang in site.languages
    )
    metadata = json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "headline": story.title,
                    "name": story.title,
                    "author": {"@type": "Person", "name": site.author},
                    "datePublished": site.published,
                    "dateModified": site.modified,
                    "publisher": {"@type": "Organization", "name": "Warta Borneo"},
                }
            ],
        },
        ensure_ascii=False,
    )
    rtl = ' dir="rtl"' if language == "ar" else ' dir="ltr"'
    return f"""<!DOCTYPE html>
<html lang="{language}"{rtl}>
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="{_e(story.body[0][:150])}" />
    <link rel="canonical" href="{_e(url)}" />
    <meta property="og:site_name" content="Warta Borneo" />
    <meta property="og:type" content="article" />
    <meta property="og:url" content="{_e(url)}" />
    <meta property="og:title" content="{_e(story.title)}" />
    <meta property="og:image" content="{base}/sites/default/files/styles/large/public/2024-09/tongkang.jpg" />
    <meta property="article:published_time" content="{site.published}" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <script type="application/ld+json">{metadata}</script>
{links}
    <link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{_e(story.title)} | Warta Borneo</title>
    <link rel="stylesheet" media="all" href="{base}/sites/default/files/css/css_Xl3w.css?delta=0&amp;language={language}" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/5512","currentLanguage":"{language}"}},"ajaxTrustedUrl":{{}}}}</script>
    <script src="{base}/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
  </head>
  <body class="path-node page-node-type-article">
    <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
  <div id="page-wrapper" class="page-wrapper">
  <div id="page">
    <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
      <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
        <div class="site-header__initial"><button class="sticky-header-toggle" aria-expanded="false">Sticky header</button></div>
        <div id="site-header__inner" class="site-header__inner">
          <div class="region region--header">
            <div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
              <div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="{base}/" title="Home" rel="home">Warta Borneo</a></div></div></div>
            </div>
          </div>
          <div class="mobile-buttons"><button class="mobile-nav-button" aria-label="Main Menu"><span class="mobile-nav-button__label">Menu</span></button></div>
          <div id="header-nav" class="header-nav">
            <nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
              <h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
              <ul class="menu primary-nav__menu primary-nav__menu--level-1">
                <li class="primary-nav__menu-item"><a href="{base}/berita" class="primary-nav__menu-link">Berita</a></li>
                <li class="primary-nav__menu-item"><a href="{base}/berita/ekonomi" class="primary-nav__menu-link is-active">Ekonomi</a></li>
                <li class="primary-nav__menu-item"><a href="{base}/berita/lingkungan" class="primary-nav__menu-link">Lingkungan</a></li>
                <li class="primary-nav__menu-item"><a href="{base}/opini" class="primary-nav__menu-link">Opini</a></li>
              </ul>
            </nav>
            <div class="language-switcher-language-url block block-language block-language-blocklanguage-interface" id="block-languageswitcher" role="navigation">
              <ul class="links">
{languages}
              </ul>
            </div>
          </div>
        </div>
      </div>
    </header>
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
          <div class="region region--breadcrumb grid-full layout--pass--content-medium">
            <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="{base}/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="{base}/berita/ekonomi" class="breadcrumb__link">Ekonomi</a></li></ol></nav>
          </div>
          <div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
          <div class="region region--content-above grid-full layout--pass--content-medium">
            <div id="block-olivero-page-title" class="block block-core block-page-title-block">
              <h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{_e(story.title)}</span></h1>
            </div>
          </div>
          <div class="region region--content grid-full layout--pass--content-medium" id="content">
            {notice}
            <div id="block-olivero-content" class="block block-system block-system-main-block">
              <div class="block__content">
<article data-history-node-id="5512" class="node node--type-article node--promoted node--view-mode-full">
  <header class="">
    <div class="node__meta">
      <div class="node__author-image"></div>
      <span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="View user profile." href="{base}/user/41" class="username">{_e(site.author)}</a></span>, <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{site.published}" class="datetime">19 September 2024</time></span></span>
    </div>
  </header>
  <div class="node__content">
    <div class="field field--name-field-image field--type-image field--label-hidden field__item">  <img loading="lazy" src="{base}/sites/default/files/styles/wide/public/2024-09/tongkang.jpg?itok=Qf3" width="1200" height="675" alt="Tongkang di Sungai Mahakam" />
</div>
    <div class="field field--name-field-image-caption field--type-string field--label-hidden field__item">{_e(story.caption)} {_e(story.credit)}</div>
    <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
    <div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">
      <h3 class="field__label field--tags__label">Tags</h3>
      <ul class="links field__items field--tags__items">
        <li class="field--tags__item"><a href="{base}/taxonomy/term/18" hreflang="{language}">Mahakam</a></li>
        <li class="field--tags__item"><a href="{base}/taxonomy/term/22" hreflang="{language}">Kemarau</a></li>
      </ul>
    </div>
    <section data-drupal-selector="comments" class="comments">
      <h2 class="comments__title">Comments</h2>
      <article data-comment-user-id="0" id="comment-903" class="comment js-comment by-anonymous">
        <div class="comment__picture-wrapper"><div class="comment__picture"></div></div>
        <div class="comment__text-content">
          <footer class="comment__meta"><p class="comment__author"><span>Andi K.</span></p><p class="comment__time">19 Sep 2024</p></footer>
          <h3 class="comment__title"><a href="{base}/comment/903#comment-903" class="permalink" rel="bookmark">Tahun lalu juga begini</a></h3>
          <div class="clearfix text-content field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>Tahun lalu juga begini, tapi pengerukan baru dilakukan setelah dua bulan. Semoga kali ini lebih cepat.</p></div>
        </div>
      </article>
      <h2 class="add-comment__heading">Add new comment</h2>
      <form class="comment-comment-form comment-form" action="{base}/comment/reply/node/5512/comment" method="post"><textarea name="comment_body[0][value]"></textarea><input type="submit" value="Save" class="button"/></form>
    </section>
  </div>
</article>
              </div>
            </div>
          </div>
        </div>
        <div class="social-bar">
          <div class="social-bar__inner fixable">
            <div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block"><div class="block__content"><a href="{base}/rss.xml" class="feed-icon">RSS feed</a></div></div></div>
          </div>
        </div>
      </div>
    </div>
    <div class="region region--content-below">
      <div class="views-element-container block block-views block-views-blockrelated-block-1" id="block-views-block-related">
        <h2 class="block__title">Berita lainnya</h2>
        <div class="block__content"><div class="view view-related"><div class="view-content">
          <div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{base}/berita/lingkungan/titik-api-di-kutai-barat-bertambah" hreflang="id">Titik Api di Kutai Barat Bertambah Menjadi 126</a></span></div></div>
          <div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{base}/berita/ekonomi/harga-batu-bara-acuan-turun" hreflang="id">Harga Batu Bara Acuan September Turun 4 Persen</a></span></div></div>
        </div></div></div>
      </div>
    </div>
    <footer class="site-footer">
      <div class="site-footer__inner container">
        <div class="region region--footer-top grid-full"><div class="region--footer_top__inner"><nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><ul class="menu"><li class="menu__item"><a href="{base}/tentang" class="menu__link">Tentang kami</a></li><li class="menu__item"><a href="{base}/kontak" class="menu__link">Kontak</a></li></ul></nav></div></div>
        <div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div><p>&copy; 2024 Warta Borneo</p></div>
      </div>
    </footer>
    <div class="overlay" data-drupal-selector="overlay"></div>
  </div>
  </div>
    </div>
    <div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking any link on this page you are giving your consent for us to set cookies.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button></div></div></div></div>
    <script src="{base}/core/misc/drupal.js?v=10.3.1"></script>
    <script src="{base}/core/themes/olivero/js/navigation-utils.js?v=10.3.1"></script>
    <script>window.eu_cookie_compliance_cookie_name = "";</script>
  </body>
</html>
"""
