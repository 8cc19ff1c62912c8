/**
 * What is taken out of an article page or an HTML body before its text is read: embeds (tweets, Instagram,
 * video players, iframes), scripts and styles, and the boxes around an article that are not the article
 * ("related", "read more", newsletter sign-ups, share bars, ads, navigation). Each rule is data: an id, the
 * reason, the CSS selector, and an example fragment with the words that must not survive and the words that
 * must (a test runs them).
 */
export interface EmbedRule {
  id: string;
  reason: string;
  selector: string;
  example: { html: string; gone: string; kept: string };
}

export const EMBED_RULES: readonly EmbedRule[] = [
  {
    id: 'script-style',
    reason: 'code and styling, never text',
    selector: 'script, style, noscript, template, link, meta',
    example: {
      html: '<p>The ferry left at noon.</p><script>var a = "tracker";</script>',
      gone: 'tracker',
      kept: 'ferry left',
    },
  },
  {
    id: 'tweet-embed',
    reason: 'an embedded post from X/Twitter: someone else’s words, not the article’s',
    selector: 'blockquote.twitter-tweet, blockquote.twitter-video, tweet, [data-tweet-id], .embed-twitter',
    example: {
      html: '<p>The mayor replied online.</p><blockquote class="twitter-tweet"><p>Vote no on the bridge tax!</p></blockquote>',
      gone: 'bridge tax',
      kept: 'mayor replied',
    },
  },
  {
    id: 'instagram-tiktok-embed',
    reason: 'an embedded Instagram, TikTok or Facebook post',
    selector:
      'blockquote.instagram-media, blockquote.tiktok-embed, .fb-post, instagram, [data-instgrm-permalink]',
    example: {
      html: '<p>Fans gathered outside.</p><blockquote class="instagram-media"><p>Loved the show tonight</p></blockquote>',
      gone: 'Loved the show',
      kept: 'Fans gathered',
    },
  },
  {
    id: 'frame-media',
    reason: 'players and frames: video, audio, maps, other pages',
    selector: 'iframe, embed, object, video, audio, svg, canvas, figure, picture, img',
    example: {
      html: '<p>The council met.</p><figure><img src="a.jpg"><figcaption>Photo by Lee Park</figcaption></figure>',
      gone: 'Photo by',
      kept: 'council met',
    },
  },
  {
    id: 'related-box',
    reason: 'links to other stories ("Related", "Read more", "More from"), not this one',
    selector:
      'aside, [class*="related"], [id*="related"], [class*="read-more"], [class*="readmore"], [class*="more-stories"], [class*="recommended"]',
    example: {
      html: '<p>Rain closed the road.</p><div class="related-stories"><a>Related: Storm hits coast</a></div>',
      gone: 'Storm hits',
      kept: 'Rain closed',
    },
  },
  {
    id: 'page-chrome',
    reason: 'navigation, headers and footers, forms, share bars, newsletter sign-ups and ads',
    selector:
      'nav, header, footer, form, button, [role="navigation"], [class*="share"], [class*="newsletter"], [class*="advert"], [class*="ad-slot"], ins.adsbygoogle, [class*="subscribe"]',
    example: {
      html: '<p>The school reopened.</p><div class="newsletter-signup">Sign up for our morning briefing</div>',
      gone: 'Sign up',
      kept: 'school reopened',
    },
  },
];

export const EMBED_SELECTOR = EMBED_RULES.map((r) => r.selector).join(', ');
