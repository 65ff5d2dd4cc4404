from __future__ import annotations

import re

import pytest

import lint
from conftest import findings, flagged
from lint.config import load

RULE = "boilerplate"
BODY = "The talks resumed on Monday after a pause of three weeks.\n\n"


def blocks(text: str, format: str = "text", config=None) -> list[tuple[int, int]]:
    return [(d.line, d.end_line) for d in lint.check_text(text, format=format, config=config) if d.rule == RULE]


@pytest.mark.parametrize(
    "residue",
    [
        "Home » News » Talks resume",
        "Home > Politics > Europe",
        "You may also like",
        "Leave a Comment",
        "Leave a Reply",
        "Adblock Detected",
        "Please support us by disabling your AdBlocker extension from your browsers for our website.",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Share this article",
        "Subscribe to our newsletter for the latest news.",
        "We use cookies to improve your experience.",
        "Read more: Talks resume in Geneva",
        "Tags: politics, trade, Europe",
        "Advertisement",
        "\u00a9 2025 Example News. All rights reserved.",
        "Your email address will not be published. Required fields are marked *",
        "You might also like: Five ways to cut your energy bill",
        "Read more about the plan on our website.",
        "Be the first to comment",
        "Send us your feedback",
        "Become a member",
        "This content is not available in your region",
        'Read more: "Why cocoa prices tripled"',  # a link's headline in quotation marks
        "Related: \u201cMayor says bridge will reopen\u201d",
        # ... or not, its headline's "says" or "told" no sign of prose
        "Related: Is decaf bad for you? What the science says",
        "Read more: Sunak says he will stay as leader",
        "See also: Mother told to pay \u00a31,200 for school trip",
        'Read our earlier explainer: "What is swollen shoot virus?"',
        "Watch our video: Inside a cocoa farm",
        "Photograph: Alamy",
        "(Image credit: Future)",
        "Getty Images",
        "\u00a9 Copyright 2026 Example Media Ltd",
        "Skip Advertisement",
        "Supported by",
        "Jump to comments",
        "Contact the author: jane.doe@example.com",
        "Have you been targeted? Email us at news@example.com",  # a reader call-out, its question too
        "Do you know more? Get in touch by emailing tips@example.com",
        "Get in touch via WhatsApp on 07700 900123",
        "The post Warehouse fire in Carver City appeared first on Valley Post.",  # a blog feed's footer
        # a republishing widget's footer and its link
        "This article is republished from The Conversation under a Creative Commons license. Read the original "
        "article.",
        "Read the original article",
        "(c) Copyright Devon Business News 2025",  # a copyright line with its owner before the year
        "Copyright (c) 2025 Acme Media",
        "Copyright Leeds Echo 2025.",
        # ... and a partner's credit with the widget's link after it
        "This article was originally published on The Conversation. Read the original article.",
        "Ad Feature",  # an advertorial's label
        "Email address",  # a sign-up form's field
        "Explore more",
        # a news site's own buttons, a paywall's prompt and footer links
        "Add to myFT",
        "Follow the topics in this article",
        "Download PDF",
        "Continue reading with a free trial",
        "Content from our partners",
        "Register now",
        "Advertise with us | Site map | RSS",
        "Do not sell my info",
        "Continue reading \u2192",
        # Sign-up, paywall and comment prompts, a consent banner's buttons and a player's label, worded otherwise.
        "Sign up for Headlines, our free daily email",
        "Don't miss a story: sign up for alerts",
        "Enter your email address to subscribe",
        "This article is only available to members",
        "Help fund our reporting: donate today",
        "Audio version of this article",
        "Comments: 17",
        "Add your comment",
        "Be the first to comment on this story",
        "Comments are moderated",
        "Do you have information about this story? Email us",
        "Cookies help us deliver our services",
        "Reject all",
        "Accept and continue",
        "Filed in: Politics",
        "More stories from the Echo",
        "Have you got a story? Email newsdesk@example.com",
        "Have you got a tip for us?",
        "We pay for your stories! Do you have a story for The Sun news desk?",
        "Email us at tips@example.com or call 0207 782 4104.",
        "For the latest news on this story keep checking back at Echo Online.",
        "We use your sign-up to provide content in ways you've consented to.",
        "Our Privacy Notice explains more about how we use your data",
        "Follow AP's coverage of the election at https://apnews.com/hub/election",
        "Read the BBC's coverage here",
        "More like this",
        "Readers also liked: City council approves new parking fees",
        "Colchester Hospital is also part of the trust (Image: Newsquest)",
        "A Toronto Paramedic Services ambulance. View image in full screen",
        "We want to hear from you. Send us your story.",
    ],
)
def test_flags_residue(residue):
    text = BODY + residue + "\n"
    assert blocks(text) == [(3, 3)]


def test_consecutive_residue_is_one_block():
    text = BODY + "You may also like\n\nLeave a Comment\n\nThis site uses Akismet to reduce spam.\n\nAdblock Detected\n"
    assert blocks(text) == [(3, 9)]
    (d,) = [d for d in lint.check_text(text, format="text") if d.rule == RULE]
    assert d.message == 'Page boilerplate left in the text: "You may also like" and 3 more lines; remove it'


@pytest.mark.parametrize("lines", [
    # in a block of their own: residue above the last line is taken with it
    "Sign up for our daily newsletter\n\u00a9 2026 Calder Valley News. All rights reserved.\nRelated: Rail fares rise",
    # glued under the story's last sentence, none of them ending as a sentence does
    "The council said it would help.\nSign up for our daily newsletter\nFollow us on Facebook\nRelated: Rail fares rise",
])
def test_stacked_residue_lines_are_one_block(lines):
    text = BODY + lines + "\n"
    (d,) = [d for d in lint.check_text(text, format="text") if d.rule == RULE]
    assert d.message.endswith('" and 2 more lines; remove it') and d.message.count("Sign up") == 1
    fixed = lint.fix_text(text, format="text", unsafe=True)[0]
    assert "Sign up" not in fixed and "Related" not in fixed and "\u00a9" not in fixed


@pytest.mark.parametrize("text", [
    # a hard-wrapped sentence's line that opens with a capital is no residue for the line under it
    "The mayor said the city would help those who\nFollow the council on social media\nat its offices.\n",
    "The city said users of\nFacebook should share this article\nwith their friends.\n",
])
def test_a_wrapped_sentence_above_residue_like_lines_stays_whole(text):
    assert flagged(text, "boilerplate", format="text") == []


def test_related_article_lists_after_an_opener():
    text = BODY + "Related Stories\n\nKremlin sets out its demands\n\nPrices climb for a third month\n\nThe talks will resume next week, officials said.\n"
    assert blocks(text) == [(3, 7)]


@pytest.mark.parametrize("after, expected", [
    # A paragraph with no bullet under a bulleted list of links is the story's again, cut off or not.
    ("The former mayor visited the town last month and promised investment in", [(3, 6)]),
    ("- Rail fares rise again", [(3, 8)]),  # ... and one with a bullet is more of the list
])
def test_a_bulleted_related_list_ends_at_a_paragraph_without_a_bullet(after, expected):
    text = BODY + f"Related Articles\n\n- Kremlin sets out its demands\n- Prices climb for a third month\n\n{after}\n"
    assert blocks(text, format="markdown") == expected
    cut = [d.rule for d in lint.check_text(text, format="markdown") if d.rule == "truncated-ending"]
    assert cut == (["truncated-ending"] if expected == [(3, 6)] else [])


@pytest.mark.parametrize(
    "prose",
    [
        "The senator promised to leave a comment in the record before the vote.",
        "Share prices rose after the announcement.",
    "Share this article on Facebook with your neighbours, the council urged.",
        "Readers may also like the new format, the editor said.",
        "Home prices fell for a third month, the agency said.",
        "Related coverage of the summit appears on page 4, the editors said.",
        "You might also like the new park: it has a lake, a cafe and a playground.",
        "Residents were invited to become a member of the new flood committee.",
        '"Be the first to comment," the clerk joked as the hearing opened.',
        "The video is not available in your region, viewers in Canada were told.",
        "The video is unavailable to viewers in the U.S. because of licensing rules, the company said.",
        "Embed the code in your page, the instructions say.",
        "In case you missed it, the council voted on Monday to close the library.",
        "Elsewhere on the web, users mocked the plan within hours of its launch.",
        "Our journalism is funded by readers like you, the editor wrote in a letter to subscribers.",
        # A related link's label before a lowercase word is prose: a headline would open with a capital.
        "Read more widely, the librarian urged the students.",
        "Like many on Facebook, Ruiz posted a photo of the flooded street within minutes.",  # a comparison
        "Related: the council also approved a new park, which will open in May.",
        "Next story: the council will vote on the plan in May.",
        "The council voted to dismiss the complaint.",
        "Readers can read the full statement here, the council said.",
        "Ana Ruiz (@anaruiz) tweeted on June 3, 2025 that the plan was dead.",
        "Expand the scheme, campaigners urged.",
        "Copy this link to the petition, campaigners urged.",
        "What to read next, the librarian said, is up to you.",
        'A banner read: "Accept all cookies"',
        'Read more: "Why cocoa prices tripled", the site urged its readers.',
        "Related: the council said it would appeal.",  # a lowercase word after the label: prose
        "See also: Smith said. The council agreed to it.",  # a full stop inside: sentences, not a headline
        "Read our earlier explainer on swollen shoot, which has spread to Ghana.",
        "Getty Images said it had removed the photo from its archive.",
        "Supported by a grant from the council, the project opened in May.",
        "Alamy, the photo agency, declined to comment on the case.",
        "Contact the author if you have any questions, the editor wrote.",
        "Skip the queue by booking online, the museum advised its visitors.",
        "The Associated Press contributed to this report.",  # a credit that belongs to the story
        "In other news, the council voted to close two libraries.",
        "Listen: nobody on the council wants another tax rise.",
        "Swipe left on the app and you will see the new fares, the company said.",
        "Pictured: the damaged bridge on Tuesday",  # a caption, the picture's own
        # A label's first words in a sentence of the story.
        "Sponsored by Acme Bank and the council, the race raised \u00a340,000 for the hospice.",
        "In partnership with the NHS, the charity opened three clinics in 2024.",
        "Also in the room was the mayor, who did not speak.",
        "Notifications were sent to 3,000 households on Monday.",
        "Follow the latest advice from the NHS.",
        "Support us by joining the march on Saturday, organisers urged.",
        "Jump to conclusions and you will be wrong, the judge warned.",
        "Sign up for free swimming lessons at the leisure centre.",
        "Disclosure: the author owns shares in Acme.",  # a disclosure the story owes its readers
        "Unlock the door before you leave, the landlord told tenants.",
        # In brackets, a credit and a note of the story's own.
        "(Reporting by Jane Smith; Editing by Tom Brown)",
        "(This story has been corrected to show the date of the vote.)",
        "[Advertisement standards were tightened in 2024.]",
        # A label of residue before a lowercase word, and a notice's words in a story.
        "Don't miss: the fireworks start at 8pm on the quay.",
        "You are here: the map shows the route the walkers took.",
        "Further reading: the council's own report runs to 300 pages.",
        "Comments are closed on the council's consultation, which ended on Friday.",
        "© The Courier 2025 was stamped on every page of the leaked document.",
        "Listen (3 min) to the mayor's speech, the council tweeted.",
        "Full story here, in the council's own words: the library will close in May.",
        "The post about the job appeared first on the board, she said, and drew 300 replies.",
        "This article was originally published by ProPublica.",  # a partner's credit is the story's
        "Readers should read the original article before they judge, the editor said.",
        "Email addresses of 4,000 customers were exposed, the company said.",
        "Explore more of the coast on foot, the guide suggests, and the cliffs will reward you.",
        "Residents can register now for the scheme, the council said.",
        "Download the PDF from the council website, residents were told.",
        "We rate this article's claims as mostly false, the fact-checkers said.",
        "Fact checked by Reuters, the claim was found to be false.",
        "Like this article, the report was wrong about the date.",
        "Try one month free, the gym offered new members, and hundreds signed up.",
        "Get 50% off your first year of membership, the gym told new members, and hundreds signed up.",
        "Send us your stories, the council urged residents, and more than 200 wrote in.",
        "For more information, visit the council's website at example.gov.uk.",
        "Latest videos from the drone show a wider crack, engineers said.",
        "Manage your cookie settings carefully, the regulator advised, because trackers are everywhere.",
        "Members only get a vote on the board, the chairman said.",
        "Copyright Reuters and the BBC own the footage, the court heard.",
        "Copyright cases rose in 2024.",
        "How useful was this post for farmers is unclear.",
        "Rate this article below.",
        "Get in touch by emailing the council, residents were told, if the bins are missed.",
        "Share on X and print ads were both cut, the firm said.",
        "Visitors can view the image in full screen on the museum's website.",
        "The mayor said: \u201cWe want to hear from you.\u201d",
        "Our rules say nothing about it, the chairman said.",
        "Our rules",
        "English and Welsh",
        "Spanish, French and German are taught at the school, the head said.",
        "Want more? Ask the council, residents were told.",
        "Click to follow the link, the police said, and you lose your savings.",
        "Companies can advertise with the council on its bins, officials said.",
        "This article was written using AI, the company admitted, and was withdrawn.",
        "The report was generated with the help of AI, the council said.",
        "The media release was issued on Monday, the council said.",
        "Embargoed until the weekend, the report found that rents rose 9% in a year.",
        "A Facebook photo of the pair was shared 10,000 times.",
        "You are commenting using your phone, the judge told the juror, and it must stop.",
        "One comment on the video, posted by a neighbour, called the officers heroes.",
        "Stay updated on the road works through the council's app, which sends alerts.",
        "Stay informed about the strike on the operator's website, passengers were told.",
        "Three thoughts on the budget came up again and again at the meeting, the mayor said.",
        "Jo Roe says the plan is a mistake.",
        "The firm asked users to enter the code shown in the text message they received, and then lost their data.",
        "No profanity is allowed on air, the broadcaster's rules say, and presenters have been fined for it.",
        "Via the ferry, the trip takes an hour.",
        "It was 12\u00b0C in London on Monday, the Met Office said.",
        "12\u00b0C warmer than usual",
        "Please share this story with anyone who saw the crash, police said.",
        "Kindly share your views with the council by Friday.",
        "(Source: the council, which said the figures would be published next week.)",
        "Source: Office for National Statistics",
        "Plain text messages were sent to 4,000 people.",
        "Three days ago, the council voted to close the pool.",
        "The vote came 3 days ago.",
        "Full story: the council's own report runs to 400 pages, and few have read it.",
        "This article was originally published in Welsh, the paper said, and has been translated.",
        "Please report any comments that break the law to the police, the council said.",
        "The company said it uses cookies and other trackers on its site, a practice regulators have questioned "
        "for years in a long-running dispute over privacy rules that has now reached the courts in several "
        "countries and drawn fines of more than a billion euros in total, the report said.",
    ],
)
def test_does_not_flag_prose(prose):
    assert blocks(BODY + prose + "\n") == []


def test_residue_is_left_out_of_other_rules_even_when_the_rule_is_off():
    text = BODY + "Home » news » talks,resume\n\nleave a comment\n"
    assert [d.rule for d in lint.check_text(text, format="text")] == ["boilerplate"]
    assert lint.check_text(text, format="text", config={"rules": {RULE: "off"}}) == []


def test_newsroom_phrases_from_config():
    text = BODY + "Powered by ExampleCMS\n"
    assert blocks(text) == []
    config = {"rules": {RULE: {"starts": ["powered by"]}}}
    assert blocks(text, config=config) == [(3, 3)]


def test_markdown_headings_and_list_items_can_be_residue():
    md = BODY + "## You may also like\n\n- [Talks resume](https://example.com/1)\n- [Prices climb](https://example.com/2)\n"
    assert [(line, span) for _, line, _, span in findings(md, RULE)][0][0] == 3


# Residue in its many forms, each under a story paragraph, and glued to it with
# no blank line as scrapers leave it.
RESIDUE = [
    "We use cookies to personalise content and ads. Accept all | Manage preferences",
    "We value your privacy. Our partners use cookies to measure ads.",
    "Sign up for the Morning Briefing, in your inbox before 7am",
    "Get our free weather alerts \u2014 sign up in seconds",
    "You have 3 free articles remaining this month. Subscribe now for unlimited access.",
    "Subscribe now: your first month for $1",
    "Share this story",
    "Share this article: Facebook \u00b7 X \u00b7 LinkedIn \u00b7 Email",
    "Story continues below advertisement",
    "Continue Reading Below",
    "Continue reading the main story",
    "Join the discussion: 41 comments",
    "Related: Port traffic falls for a third month",
    "Also read: Budget gap widens",
    "MOST READ: Coast road closed | Mayor names deputy",
    "Sort by: Newest",
    "Continue reading your article with a WSJ membership",
    "Sponsored Links by Taboola",
    "Suggest a correction",
    "Sort comments by oldest first",
    "Report this comment",
    "Our journalism relies on readers like you. Support us today.",  # a plea and its ask in one line
    "Support us today",
    "Previous article: Road closed after crash",  # a pager's link to the next story
    "[+] Enlarge",
    "Open Image Modal",
    "Dismiss",
    "\u2014 Ana Ruiz (@anaruiz) June 3, 2025",  # an embedded post's signature and its link
    "pic.twitter.com/AbC123xyz",
    "We're sorry, this feature is currently unavailable. We're working to restore it. Please try again later.",
    "FILE PHOTO: A view of the building in London, Britain, June 3, 2025. REUTERS/Toby Melville/File Photo",
    "Watch the full interview above.",
    "Read the full statement here.",
    "Advertisement \u2022 Scroll to continue",
    "Advertisement - scroll to continue reading",
    "Advertisement \u00b7 Scroll down to continue reading",
    "What to read next",
    "Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn",
    "Copy this link",
    "These are external links and will open in a new window",  # a share panel's and an outlet's notes
    "Close share panel",
    "The BBC is not responsible for the content of external sites.",
    "Listen to the best of BBC Radio Leeds on Sounds",
    "Next story",
    # A page's ask after a question, an owner's copyright line, a health site's review credit.
    "Like this article? Share it with your friends!",
    "\u00a9 Agence France-Presse",
    "Copyright Reuters",
    "(c) 2025 Reuters",
    "Medically reviewed by Dr Jane Smith, MD",
    "Fact checked by our editorial team",
    # A paywall's trial offer.
    "Subscribe today and get your first month free",
    "Members only. Sign in to comment.",
    "Try 1 month for \u00a31",
    "Get 3 months free",
    "Get 50% off your first year",
    # A tip line with its address, a rail's heading, a newsletter box and a consent link.
    "Send us your stories: news@northshire.example",
    "For more information, visit our website.",
    "Visit our website for more details",
    "Latest videos",
    "We have more newsletters",
    "Manage your cookie settings",
    "Save 40% on a digital subscription",
    # A rating widget.
    "Rate this article: \u2605\u2605\u2605\u2605\u2606",
    "How useful was this post?",
    "Click on a star to rate it!",
    "Average rating 4.6 / 5. Vote count: 12",
    "No votes so far! Be the first to rate this post.",
    # A sponsor's label, a paywall's offer, a tip line, a comment's and a browser's buttons.
    "Sponsored by Acme Bank",
    "Follow the latest on our live page",
    "Scroll down for video",
    "Watch the video above",
    "View in browser",
    "Support us from \u00a31",
    "Trending topics: Budget, Weather, Football",
    "Please log in to comment",
    "Back to homepage",
    "Thank you for reading",
    "Disclaimer: This article is for information only and is not investment advice.",
    "In partnership with Acme Bank",
    "Unlock unlimited access for just \u00a31",
    "Tips? Email us at news@courier.co.uk",
    "Also in News",
    "Report abuse",
    "Comments: Our rules",
    "Please leave a comment",
    "Fill in your details below or click an icon to log in:",
    "You are commenting using your WordPress.com account. Log Out / Change )",
    "Connecting to %s",
    "Please log in using one of these methods to post your comment:",
    # ... with the account's name or the picture's label lost, its count, its reblogs and a numbered commenter
    "You are commenting using your account. Log Out /  Change )",
    "Fill in your details below or click an icon to log in: Logo",
    "One Comment on \u201cBREAKING: Suspect Arrested in Freeway Shootings\u201d",
    "3 thoughts on \u201cCouncil approves budget\u201d",
    "One Response to \u201cThe bridge reopens\u201d",
    "Reblogged this on Brittius.",
    "1. Brittius says:",
    # another blog's comment form, its rules and its test for robots
    "Add new comment",
    "No HTML tags allowed.",
    "Web page addresses and e-mail addresses turn into links automatically.",
    "Lines and paragraphs break automatically.",
    "Image CAPTCHA",
    "Enter the characters shown in the image.",
    "Please refrain from adding URLs to unrelated or commercial websites. This site is moderated and "
    "comments with inappropriate links are rejected. Thank you for your understanding.",
    "No profane language is allowed! Posts that contain profanity will not be published.",
    "Gravatar\nWordPress.com Logo",
    "Facebook photo",
    "Click to follow",
    "English English Spanish Spanish",
    "English | Espa\u00f1ol | Fran\u00e7ais",
    "Please report any errors so we can fix them.",
    "Want more stories like this? Follow us on Google News.",
    "Please report any comments that break our rules.",
    "Advertisement Advertise with NZME.",
    "This article was generated with the help of AI and reviewed by an editor.",  # a tool's AI disclosure
    "This story was written using artificial intelligence tools.",
    "This content was partly generated by AI.",
    "Media release",  # a press release's label, embargo line and contacts' heading
    "Embargoed until 00:01 GMT Tuesday 5 March",
    "Media Contact/s",
    "Advertise with us",
    "Allow notifications",
    "Estimated reading time 4 min",
    "Sorry, your browser does not support video",
    # A label set in brackets, as a scraper keeps an ad slot's or a link's.
    "[Advertisement]",
    "(Story continues below.)",
    "[Read more: Port traffic falls for a third month]",
    "We noticed you\u2019re using an ad blocker.",
    "Have a story tip? Email our city desk.",
    "Support independent journalism. Donate today.",
    "Listen to this article (4 min)",
    "Business > Markets",
    "Scroll to continue with content",
    "Advertisement - Scroll to Continue",
    "Article continues after this advertisement",
    "Loading...",
    "Read the full story",
    "Facebook Twitter LinkedIn Email",
    "Download our free app",
    "Subscribe to continue reading",
    "This article is for subscribers only.",
    "Please enable JavaScript to view the comments.",
    "Copy link",
    "Share on Facebook | Share on Twitter",
    "Click to share on X (Opens in new window)",
    "Report an error",
    "Sponsored Links",
    "Partner content",
    "Ad Feedback",
    "Gift this article",
    "Sign in to comment",
    "Create a free account to continue reading",
    "Next article",
    "Subscribe to The Courier",
    "Get breaking news alerts",
    "Read our privacy policy",
    "Terms of Service",
    "Trending Stories",
    "Latest News",
    "Editor's Picks",
    "Don't miss out",
    "Also on The Courier",
    "Already have an account? Log in",
    "Join our WhatsApp channel",
    "You've read 3 of 5 free articles",
    "Add The Courier as a preferred source on Google",
    # Site chrome and time stamps a scraper keeps.
    "Menu",
    "Toggle navigation",
    "Search",
    "Save",
    "Get in touch",
    "Enter your email address",
    "Image source, Getty Images",
    "Image copyright Getty Images",
    "Image copyright PA Media",
    "Posted in News, Local",
    "Photo by Jane Smith",
    "Illustration: Tom Lee",
    "Click to play video",
    "Video duration 02:15",
    "Your browser does not support the video tag",
    "Watch the full video here",
    "Photo gallery",
    "Load more",
    "Newsletter sign-up",
    "Never miss a story",
    "Subscribe for $1",
    "Please consider supporting us",
    "About the author",
    "Thanks for reading The Valley Letter! Subscribe for free to receive new posts and support my work.",
    "Discover more from The Valley Letter",
    "Member-only story",
    "Responses (3)",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "5-minute read",
    "Add topic",
    "Paid partnership",
    "Full story here",
    "Swipe for more",
    "Further reading: Council approves roads budget",
    "Don't miss: Council approves roads budget",
    "Recommended: Council approves roads budget",
    "Editor's pick: Council approves roads budget",
    "You are here: Home > News > Local",
    "Enjoyed this article? Share it with a friend.",
    "Become a supporter from just £1.",
    "Spotted a mistake? Let us know.",
    "Want to comment? Log in or register.",
    "Comments have been disabled for this story.",
    "Commenting is closed.",
    "Continue reading the story below",
    "© The Courier 2025",
    "All content copyright The Courier Ltd",
    "By using this site you agree to our use of cookies.",
    "Listen (3 min)",
    "Audio: Listen to this story",
    "Give a gift subscription",
    "Help Status About Careers Press Blog Privacy Terms Text to speech Teams",
    "What do you think? Let us know in the comments below.",
    "Share your thoughts in the comments",
    "Image caption, The road was closed on Tuesday morning",
    "Photo: Jane Smith/Valley Post",
    "Picture credit: Reuters",
    "Local news | Politics | Business | Sport | Weather",
    "Follow BBC Yorkshire on Facebook, X and Instagram.",
    "Do you have a story suggestion for the Valley? Email us",
    "Related internet links",
    "Got a story for us? Get in touch.",
    "Advertisement - Continue Reading Below",
    "Click to expand",
    "Tap to enlarge image",
    "Sign up",
    "Newsletter",
    "Our Standards: The Trust Principles.",
    "Most Viewed",
    "Topics: Politics, Transport, Northfield",
    "Watch: Passengers react to the cuts",
    "Read our full coverage of the budget here.",
    "We rely on advertising to help fund our award-winning journalism.",
    # A press release's markers, left in a story written from it.
    "FOR IMMEDIATE RELEASE",
    "ENDS",
    "-30-",  # an American release's end marks
    "###",
    "Media contact: Ana Ruiz, 01632 960 123",
    "Notes to editors",
    "For media enquiries, contact press@example.org or call 01632 960 123.",
    "Forward-Looking Statements",
    # A paywall's labels and offers, a sponsor's line, a widget's error and a page's contents.
    "AFP via Getty Images",
    "Jane Smith/Bloomberg via Getty Images",
    "Free to read",
    "Exclusive to subscribers",
    "Want to read more? Subscribe today.",
    "Get alerts on UK politics",
    "Produced in partnership with Acme Bank",
    "Something went wrong. Please try again later.",
    "Table of contents",
    "Unsubscribe",
    "Next up",
    "Flipboard",
    "Keywords: budget, tax",
    "Our journalists work hard to bring you the news. Please consider supporting us.",
    "Cautionary Note Regarding Forward-Looking Statements",
    "View original content to download multimedia: https://example.com/news-releases/plant-301234.html",
    "For more information, visit www.example.com.",
    "For further information, please contact press@example.org",
    # A blog's like button.
    "Like this:",
    "Like Loading...",
    # A gallery's and a player's controls, and more of a page's chrome.
    "1 of 5",
    "Next",
    "Play video",
    "Text size",
    "Share via email",
    "Share this article on Facebook",
    "Share on WhatsApp",
    "Share on Facebook Share on X Share via Email",
    "Share on Facebook Share on X Share by email",
    "Share on Facebook Share on X Copy link",
    "Share on Facebook | Print",
    "Share by email",
    "Listen to article",
    "Report an ad",
    "Advertisement \u00b7 Scroll to continue",
    "Have your say",
    "Reuse this content",
    "This article is more than 2 years old",
    "Explore more on these topics",
    "You might be interested in",
    "(Photo by Jane Smith/Getty Images)",
    "You have reached your limit of free articles.",
    # Sign-up, follow and footer prompts, credit lines, and a player's, blog's or app's buttons.
    "Enter your email to get the latest news",
    "Want more stories like this? Sign up here.",
    "Find us on Facebook",
    "Tagged: budget, council",
    "Credit: Reuters",
    "AP Photo/John Smith",
    "(AP Photo/Jane Doe)",
    "(Getty Images)",
    "(AP Photo)",
    "(Reuters)",
    "File photo",
    "Photograph: Jane Smith/The Guardian",
    "Illustration by Tom Lee",
    "Image: Hartley's Bakery",
    "Listen to this article \u00b7 4 min",
    "4 min read",
    "Print",
    "Comments (12)",
    "Leave a Reply Cancel reply",
    "Thank you for reading. Please consider supporting our journalism.",
    "Terms of Service | Privacy Policy",
    "Back to top \u2191",
    "This post may contain affiliate links.",
    "Reblog",
    "See all",
    "Tap to unmute",
    "Watch live",
    "Open in app",
    "Skip Ad",
    "Loading comments...",
    "Cookie settings",
    "Do not sell my personal information",
    "Enlarge this image",
    "toggle caption",
    "Hide caption",
    "Story continues",
    "This story has been shared 1,234 times.",
    "Photo courtesy of the council",
    "Recommended Videos",
    "Watch Now",
    "View Gallery (12 photos)",
    "Print Friendly",
    "Our journalism needs your support",
    "Read the full story at the Kelham Herald",
    "Have your say in the comments below",
    "Send this article to a friend",
    "Image 1 of 12",
    "Loading video",
    "Up next",
    "Show more",
    "Open image in gallery",
    "Post navigation",
    "Follow",
    "Add to favourites",
    "Keep reading",
    "More: Council approves budget",
    "Stay tuned for more updates as this story develops.",
    "Stay tuned for more updates on this developing story!",
    "X",  # a share button for X, alone on its line
    "Send any friend a story",
    "Share or comment on this article:",
    "Add topic to myFT",
    "Before it's here, it's on the Bloomberg Terminal.",
    "Get in touch with our news team by emailing us at newsdesk@example.com.",
    "Join our commenting forum",
    "For the latest headlines, follow our Google News channel online or via the app.",
    "Stay connected with us on social media for instant updates.",
    "We are now on Telegram.",
    "Stay updated with the latest news on our WhatsApp channel.",
    "Stay informed: get breaking news through the app.",
    "We're now on WhatsApp. Click here to join.",
    "Click here to join our WhatsApp channel for the latest updates.",
    "Join our tech news Telegram channel for more.",
    "Have photos of the storm? Send them to photos@example.com.",
    "Have your say: are you struggling with rent? Email us at money@example.com.",
    "Do you work for the chain? Get in touch at tips@example.com",
    "Did you shop there? Tell us at stories@example.com.",
    "Listen to the full podcast episode below.",
    "Stay up to date with all the latest transfer news by following us on Instagram.",
    "Do you have a sleep tip? Let us know in the comments below.",
    "Keep up with our coverage by signing up to our newsletter.",
    "Watch the video above.",
    "ADVERTISING",
    "Breaking News Alerts",
    "Register",
    "Top Picks For You",
    "Watch Next",
    "Featured Video",
    "Click here for more",
    "Tap here to subscribe",
    "Corrections policy",
    "Accept | Read More",
    "Accept cookies / Settings",
    "Local news matters. Help us keep reporting by chipping in today.",
    "Join 5,000 readers who back independent journalism in Tolley.",
    "Posted in News | Leave a comment",
    "Filed under Sport",
    "Listen to this story. Enjoy more audio and podcasts on iOS or Android.",
    "Were you affected by the flooding? Get in touch by emailing news@example.com.",
    "Have you been affected by Storm Ilse? Share your photos and videos with us at news@example.com.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Get unlimited access to our journalism",
    "Thanks for signing up!",
    "By clicking Sign Up, you agree to our privacy policy.",
    "Follow this author",
    "Contact us at tips@example.com",
    "Hide comments",
    "Comment now",
    "Top picks",
    "In other news",
    "Privacy Notice",
    "Invalid email address",
    "Something went wrong, please try again later.",
    "Send us your news",
    "We'd love to hear from you",
    "Listen",
    "Load more comments",
    "View comments (12)",
    "See all 40 comments",
    "ALSO READ | Ten things to do this weekend",
    "Opens in new window",
    "Media caption, Residents describe the flooding",
    "By signing up you agree to our Terms of Use and Privacy Policy",
    "Video Ad Feedback",
    "Facebook",
    "WhatsApp",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Donate",
    "Tap here to see the full video",
    "Follow @courier on Instagram",
    "Share this with Facebook Twitter Email",
    "From our partners",
    "Recommended by Outbrain",
    "Top videos",
    "Terms and conditions",
    "Breaking news alert",
    "Like this: Like Loading...",
    "Was this article helpful? Yes No",
    "Listen \u00b7 4:32 min",
    "Enable JavaScript to view this content",
    "Please enable cookies",
    "Posted by admin",
    "Posted by admin on 8 April 2026 in Tech News",
    "Posted on 12 March 2026 by admin",
    "Did you find this article helpful? Share it with your friends!",
    "If you enjoyed this post, please share it with others.",
    "Share this with your friends",
    "As an Amazon Associate we earn from qualifying purchases.",
    "Uncategorized",
    "Tweet",
    "Pin it",
    "Source link",
    "Read the full story here",
    "Follow us on Google News",
    "Video unavailable",
    "This video can't be played in your browser",
    "Embed code",
    "A A A",
    "Our journalism is funded by readers like you",
    "Elsewhere on the web",
    "In case you missed it",
    "ICYMI: Council sets date for budget vote",
    "Advertisement Advertisement",
    "Share full article",
    "Start your free trial",
    # A feed's leftovers: its credit to the page it copied, a machine summary's label, a feedback widget and a
    # comment form's text-format picker.
    "Related Post",
    "via newsdesk-example.com",
    "Source: https://example.com/news/2026/port-reopens",
    "Full story: WKXT",
    "AI summarized text",
    "How informative is this news?",
    "Plain text",
    # A blog's note that comments are shut, a site's source credit in brackets, its header's weather.
    ", , Comments Off on Rumours About the Transfer",
    "Comments Off on Ferry Services Cut",
    "( Source : Deccan Chronicle. )",
    "| 12.2\u00b0C Dublin",
    "Kindly Share This Story:",
    # A machine summary's offer, its label over a disclaimer, and a social widget's heading.
    "Get AI-powered insights, summaries, and transcripts",
    "AI-Generated Content: All content on this page was generated by AI to highlight key points. Watch the video.",
    "Social Media Profiles:",
    # A browser's push prompt.
    "Stay up to date with notifications from The Courier",
    "Notifications can be managed in browser preferences.",
    # An ad-blocker notice in longer words, the site speaking in a contraction.
    "We've detected that you're using an ad content blocking browser plug-in or feature. Ads provide a critical "
    "source of revenue to the continued operation of the Courier. We ask that you disable ad blocking while on the "
    "Courier in the best interests of our community.",
    # A teaser of another story, cut off before its link.
    "Legendary batter Tom Ellis has backed the under-fire captain to savour success in\u2026 Read More",
    "The council has confirmed that the bridge will close for [...] Continue reading \u00bb",
]


# Time stamps: the article's own date in its header, residue inside the story.
STAMPS = [
    "Published 3 hours ago",
    "Updated: 12 March 2025, 09:14 GMT",
    "Last updated on 4 June 2025",
    "Published: 14:32 BST, 3 June 2025 | Updated: 16:01 BST, 3 June 2025",
    "Published 14 March 2024 | Updated 15 March 2024",
    "Originally published at 10:42 on 4 December 2025",
    # A feed card's age alone, or after its place
    "3 hours ago",
    "Grand Rapids, MI \u30fb 1 day ago",
    # A CMS's date in figures, and its author field
    "Date published: 08/20/2022",
    "Published: 2022-08-20",
    "Author: Rob Munro (Info News)",
]


@pytest.mark.parametrize("line", RESIDUE + STAMPS)
def test_residue_after_the_story_is_flagged(line):
    text = f"The port reopened on Monday after a week of repairs.\n\n{line}\n"
    assert flagged(text, "boilerplate", format="text") == [line]


@pytest.mark.parametrize("paragraph, residue", [
    # The story's sentence, then residue the lists name anywhere: only the residue is the page's.
    ("The fare rise comes into effect on 1 January. Sign up to our free newsletter to get the latest news "
     "straight to your inbox.", "Sign up to our free newsletter to get the latest news straight to your inbox."),
    ("The man, 34, was arrested on Friday. All rights reserved.", "All rights reserved."),
    ("The inquest was adjourned until March. We use cookies to improve your experience.",
     "We use cookies to improve your experience."),
    # ... not a site's appeal whose first sentence no list names: the paragraph is residue whole
    ("Local news matters. Help us keep reporting by chipping in today.",
     "Local news matters. Help us keep reporting by chipping in today."),
    ("Our reporters work hard to bring you the news. Please consider supporting us.",
     "Our reporters work hard to bring you the news. Please consider supporting us."),
])
def test_residue_after_a_sentence_of_the_story_is_split_off(paragraph, residue):
    text = f"The port reopened on Monday after a week of repairs.\n\n{paragraph}\n"
    assert flagged(text, "boilerplate", format="text") == [residue]
    kept = paragraph[:len(paragraph) - len(residue)].rstrip()
    fixed = lint.fix_text(text, format="text", unsafe=True)[0]
    assert fixed == f"The port reopened on Monday after a week of repairs.\n\n{kept}\n" if kept else \
        fixed == "The port reopened on Monday after a week of repairs.\n"


LONG_STORY = ("The port reopened on Monday after a week of repairs that cost the harbour trust more than "
              "\u00a32m, and the first ferry left for the island at 7am with about 300 passengers and 40 cars on "
              "board, its captain said, adding that the crossing had been calm.")


def test_a_comment_forms_warning_over_its_rules_is_flagged_with_them():
    rules = "Warning\nPlease refrain from adding URLs to unrelated websites. Comments with links are rejected."
    assert flagged(f"Port reopens\n\n{LONG_STORY}\n\n{rules}\n", "boilerplate", format="text") == [rules]


def test_a_share_bar_run_on_after_a_long_last_paragraph_is_split_off():
    bar = "Share this: Share on X (Opens in new window) X Share on Facebook (Opens in new window) Like this:Like"
    text = f"Port reopens\n\n{LONG_STORY} {bar}\n"
    assert flagged(text, "boilerplate", format="text") == [bar]
    assert lint.fix_text(text, format="text", unsafe=True)[0] == f"Port reopens\n\n{LONG_STORY}\n"
    # ... not prose that names such a link
    prose = f"{LONG_STORY} The trust's new timetable (opens in new window) was published on Friday, it said."
    assert flagged(f"Port reopens\n\n{prose}\n", "boilerplate", format="text") == []


@pytest.mark.parametrize("line", RESIDUE)
def test_residue_glued_to_the_story_is_split_off(line):
    text = f"{line}\nPort reopens after repairs\n\nThe port reopened on Monday.\n"
    assert flagged(text, "boilerplate", format="text") == [line]


@pytest.mark.parametrize("block, expected", [
    # Under the headline, residue glued under the writer's name or the outlet's, lines in title case
    ("Alexa N. D'Angelo\nView Comments", ["View Comments"]),
    ("Jo Roe\nThe Courier |\nView Comments", ["View Comments"]),
    ("By Jo Roe\nShare this article", ["Share this article"]),
    # ... or under the page's date, with or without its year
    ("Sunday, May 26\nSocial Media Profiles:", ["Social Media Profiles:"]),
    ("Tue 4 March 2025\nShare this article", ["Share this article"]),
    # ... not a line a standfirst's wrapped sentence goes on to, nor residue words in the text
    ("Ferry Services Cut in Wake of\nShare this article", []),
    ("The port said it will go on to\nShare this article", []),
])
def test_residue_glued_under_a_name_in_the_header_is_split_off(block, expected):
    text = f"Port reopens after repairs\n\n{block}\n\nThe port reopened on Monday.\n\nShips queued.\n"
    assert flagged(text, "boilerplate", format="text") == expected


@pytest.mark.parametrize("text, expected", [
    # Residue lines between the lines of a paragraph each, as scrapers leave links inside a story
    ("Police said the crash happened at 3 p.m. on Highway 101.\nRead more: 9 charged after search: Halifax police\n"
     "Read next: Widow tells of 911 call\nPolice said the driver was hurt.\n",
     ["Read more: 9 charged after search: Halifax police\nRead next: Widow tells of 911 call"]),
    ("The port reopened on Monday.\nAdvertisement\n\u201cWe are relieved,\u201d the harbour master said.\n",
     ["Advertisement"]),
    # ... not a line of a hard-wrapped sentence, which the line below goes on with, nor one under a line that
    # does not end a sentence
    ("The port reopened on Monday.\nAdvertisement\nrevenue fell by a third during the closure, it said.\n", []),
    ("The port said it would ask readers\nShare this article\nThe harbour master agreed.\n", []),
])
def test_residue_lines_inside_a_paragraph_are_split_off(text, expected):
    assert flagged(text, "boilerplate", format="text") == expected


@pytest.mark.parametrize("line", STAMPS)
@pytest.mark.parametrize("header", [
    "{stamp}\n\nPort reopens after repairs\n\n",  # above the headline
    "Port reopens after repairs\n\n{stamp}\n\nBy Ana Ruiz\n\n",  # a headline in sentence case, then the stamp
    "Port reopens after repairs\n\nThe harbour is open to ships again\n\nBy Ana Ruiz\n\n{stamp}\n\n",  # standfirst
    "{stamp}\nPort reopens after repairs\n\n",  # glued to the headline
    "Port reopens after repairs\n{stamp}\n\n",
    # A standfirst that ends in a full stop, then a byline: the header goes on to the byline and past it.
    "Port reopens after repairs\n\nThe harbour is open to ships again after a week.\n\nBy Ana Ruiz\n\n{stamp}\n\n",
    "Port reopens after repairs\n\nThe harbour is open to ships again after a week.\n\n{stamp}\n\nBy Ana Ruiz\n\n",
    # A byline without "By": the name, then the role or desk on the next line.
    "Port reopens after repairs\n\nAna Ruiz\nTransport correspondent\n\n{stamp}\n\n",
    "Port reopens after repairs\n\nAna Ruiz and Li Wei\nBBC News, Cardiff\n\n{stamp}\n\n",
    "Port reopens after repairs\n\nAna Ruiz\nSenior Business Editor\n@anaruiz\n\n{stamp}\n\n",
])
def test_a_time_stamp_in_the_header_is_the_articles_date_not_residue(line, header):
    text = header.format(stamp=line) + "The port reopened on Monday after a week of repairs.\n\nShips queued all day.\n"
    assert flagged(text, "boilerplate", format="text") == []
    # Below the first paragraph of the story, the same line is residue.
    later = header.format(stamp="") + f"The port reopened on Monday after a week of repairs.\n\n{line}\n\nShips queued.\n"
    assert flagged(later, "boilerplate", format="text") == [line]


@pytest.mark.parametrize("block", [
    "Hackers Stole Data\nThe firm says nine million were hit",  # a headline and a standfirst: no role
    "Ana Ruiz\nreported on Monday that the port had reopened",  # a hard-wrapped sentence
])
def test_lines_that_only_look_like_a_byline_do_not_carry_the_header_past_them(block):
    text = f"Port reopens after repairs\n\n{block}\n\nPublished 3 June 2025\n\nThe port reopened on Monday.\n"
    assert flagged(text, "boilerplate", format="text") == ["Published 3 June 2025"]


def test_a_byline_at_the_end_of_the_story_does_not_make_a_stamp_beside_it_the_date():
    text = ("Port reopens after repairs\n\nThe port reopened on Monday after a week of repairs.\n\n"
            "Ships queued all day.\n\nBy Ana Ruiz\n\nUpdated 3 hours ago\n")
    assert flagged(text, "boilerplate", format="text") == ["Updated 3 hours ago"]


def test_a_time_stamp_in_the_header_of_markdown_and_html():
    md = "# Port reopens after repairs\n\n*Published 13 May 2024, 09:00*\n\nThe port reopened on Monday.\n"
    assert flagged(md, "boilerplate", format="markdown") == []
    page = ("<article><h1>Port reopens</h1><p class='byline'>By Ana Ruiz</p><p>Updated: 14:32 BST, 13 May 2024</p>"
            "<p>The port reopened on Monday.</p><p>Updated 3 hours ago</p><p>Ships queued.</p></article>")
    assert flagged(page, "boilerplate", format="html") == ["Updated 3 hours ago"]


def test_a_newsroom_rule_of_kind_boilerplate_reads_residue_without_naming_scopes(tmp_path):
    """Its residue is taken out of the prose: a rule reading only prose would never see it."""
    rule = tmp_path / "rules" / "cms-residue.yaml"
    rule.parent.mkdir()
    rule.write_text("id: cms-residue\nkind: boilerplate\nseverity: warning\nsummary: CMS residue.\n"
                    "description: Our CMS's footer.\nmessage: CMS residue\nparameters:\n  starts: ['powered by']\n",
                    encoding="utf-8")
    (tmp_path / "copydesk.yaml").write_text("rule_folders: [rules]\n", encoding="utf-8")
    text = BODY + "Powered by ExampleCMS 4.2\n"
    assert [(d.rule, d.line) for d in lint.check_text(text, format="text", config=load(tmp_path / "copydesk.yaml"))] \
        == [("cms-residue", 3)]


def test_a_time_stamp_another_rule_lists_as_residue_is_residue_in_the_header_too(tmp_path):
    rule = tmp_path / "rules" / "cms-residue.yaml"
    rule.parent.mkdir()
    rule.write_text("id: cms-residue\nkind: boilerplate\nseverity: warning\nsummary: CMS residue.\ndescription: Our CMS stamps.\nmessage: CMS residue\nparameters:\n"
                    "  lines: ['published \\d+ hours ago']\n", encoding="utf-8")
    (tmp_path / "copydesk.yaml").write_text("rule_folders: [rules]\n", encoding="utf-8")
    text = "Published 3 hours ago\n\nPort reopens after repairs\n\nThe port reopened on Monday.\n"
    config = load(tmp_path / "copydesk.yaml")
    assert len([d for d in lint.check_text(text, format="text", config=config) if d.line == 1]) == 1
    (tmp_path / "copydesk.yaml").write_text("rule_folders: [rules]\nrules: {boilerplate: off}\n", encoding="utf-8")
    found = lint.check_text(text, format="text", config=load(tmp_path / "copydesk.yaml"))
    assert [(d.rule, d.line) for d in found] == [("cms-residue", 1)]


@pytest.mark.parametrize("text", [
    'A cookie banner that says "Accept all cookies" must also offer a reject button, the regulator said.',
    "Read more about the rules in the commission summary, the spokesperson said.",
    "Readers who subscribe now get the print edition too, according to the publisher.",
    "The newsletter, which lands in your inbox each Friday, has 40,000 readers, its editor said.",
    "Share prices rose after the announcement.",
    "The council voted 5 > 4 on the budget, a narrow margin.",
    "The campaign asked donors to give now rather than in December.\nIt raised $40,000.",
    "The city will launch a free app for parking in May.",
    "Facebook, Twitter and email were flooded with complaints.",
    "Facebook and Twitter users complained.",
    "The paper offers discounts for subscribers.",
    "Voters must enable JavaScript to use the new portal.",
    "Loading the ferry took four hours.",
    "Scroll down the page to find the council minutes.",
    "Subscribers to the service will pay more from April.",
    "The latest news from the front was grim.",
    "Partner content made up a third of the revenue, the filing shows.",
    "Next, the council will vote on the budget.",
    "Report an error in your tax return within 30 days.",
    "Sign in sheets at the door showed 200 names.",
    "Search teams found the climbers on Tuesday.",
    "Save the Children said the aid had not arrived.",
    "Menu prices rose 4% last year.",
    "Published in 2019, the report found that rents in the city had doubled in a decade.",
    "Updated figures are due in May.",
    "Published at 9am, the report was withdrawn by noon | critics cheered.",
    "Enter your email address on the council's site to vote.",
    "Image sources were checked by the newsroom, the editor said.",
    "Photo: the mayor cuts the ribbon at the new library.",
    "Related topics were discussed at length by the council.",
    "Rain | Wind",
    "Follow the money, the detectives said.",
    "Have a story to tell about the port? The museum wants to hear it.",
    "Sign up for the scheme closes on Friday.",
    "Newsletters from the council will be sent by post.",
    "Our standards are the highest in the region, the head teacher said.",
    "Most viewers switched off before the end.",
    "Topics on the agenda included parking and the bus routes.",
    "Watch out for delays on the ring road this weekend.",
    "Video footage of the crash was shown in court.",
    "Coverage of the budget was thin until the vote.",
    "We rely on volunteers to keep the food bank open, its manager wrote.",
    "This article was amended on 4 March 2026 to correct the number of routes.",  # a correction is editorial
    "Ends of the old bridge were closed to traffic.",
    "Media inquiries into the crash continued for weeks.",
    "Notes to the council from residents were read aloud.",
    "Like this, the plan failed.",
    "Like many towns, Tolley has cut library hours.",
    "Have your say on the plan by Friday at the town hall.",
    "Do you work in the town? Many readers do, and the survey found most commute by car.",
    "Listen to the full interview, the station said, and judge for yourself.",
    "Watch the video again and you will see the ball cross the line.",
    "Keep up the pressure by writing to your MP, the campaign urged.",
    "Staying up to date by following the news is hard, she said.",
    "Next year the plan will be reviewed again.",
    "1 of 5 councillors voted no.",
    "Close to 40 people came to the meeting.",
    "Photo by the author, taken at dawn.",
    "Text size matters to readers with poor sight, the charity says.",
    "Print media is in decline, the report found.",
    "Ad revenue fell by a third last year.",
    "Credit: the council will get most of it.",
    "Credit card fees rose 4% in the year to March.",
    "See all the changes at the library from Monday.",
    "Comments from residents were mixed at the meeting.",
    "Watch live music at the park every Sunday in June.",
    "Reading time for pupils rose by 4 minutes a day.",
    "Contact us if you see the missing dog, police said.",
    "Illustration by a local artist hangs in the hall.",
    "AP Photo shows the flooded road.",
    "(Getty Images declined to comment.)",
    "A file photo from 2019 shows the old bridge before it was rebuilt.",
    "(Reuters) - The talks resumed in Geneva on Monday.",
    "Find us on the map by the harbour, the owner said.",
    "Editor's note: This story has been updated to correct the date of the vote.",  # editorial, not residue
    "Enlarge this image of the crater and the rim appears.",
    "Show caption competitions are popular at the fair.",
    "Follow the money, the auditor said.",
    "Up next was the mayor, who spoke for an hour.",
    "Keep reading to the end of the report before you judge it.",
    "Now playing at the Royal is a new opera about the strike.",
    "Show more respect to the staff, the head teacher urged.",
    "Photo courtesy matters to photographers who want credit.",
    "Stay tuned to the council's website, the mayor told residents.",
    "X marks the spot where the treasure was found.",
    "Get in touch with the team that runs the shelter, the charity said.",
    "For the latest figures, officials said, check the council's website.",
    "Residents were told to stay in touch with their neighbours during the storm.",
    "We are now on the verge of a deal, the minister said on Tuesday.",
    "Do you have any information about the crash? Call police on 101.",  # the police's appeal, part of the story
    "Advertising revenue fell by a third last year.",
    "Register offices will close on Friday, the council said.",
    "Watch next week for the result of the vote.",
    "Featured video footage showed the crash.",
    "The Associated Press contributed to this report.",  # a credit, the story's own
    "This article originally appeared on The Valley Post.",
    "Posted in Iraq for two years, the soldier said he would not go back.",
    "Filed under the wrong name, the claim was rejected.",
    "Readers who back independent journalism in the town raised 4,000 pounds, its editor said.",
    "Have you got photos? The museum wants them, its curator said, for an exhibition in May.",
    "Were you there? Many people were, and they told police what they saw.",
    "Have you been affected by the strike, the union asked members in a survey? Most said yes.",
    "Members get unlimited access to the pool for 30 pounds a month, the council said.",
    "Thank you for signing up to volunteer, the organisers told the crowd on Saturday.",
    "The photos may not be published, the judge ruled.",
    "Contact us at the town hall if you have questions, the clerk said.",
    "Fans who follow this writer know his views on the club.",
    "The council said residents could click here to join the consultation, a line it later removed.",
    # Reported with a rarer verb than "said".
    "Subscribe now, the publisher urged readers, before prices rise in January.",
    "Follow us on Instagram, the zoo asked visitors, as it posted photos of the new cubs.",
    "He joined Twitter in 2009 and left in 2023 after it was sold.",
    "Donations are welcome, the organisers said.",
    "Recommended by the council, the plan passed on Monday.",
    "Terms and conditions apply to the offer, the council said.",
    "The new window opens in May, the museum said.",
    "Please enable cookies on your browser so the town can count visits, the mayor said in a statement.",
    "Listen to the mayor on why she acted.",
    "Tweet by tweet, the row grew, the mayor said.",
    "The source link was broken, the council said.",
    "Uncategorized spending rose by 4% last year, the auditor said.",
    "Image copyright law has changed",
    "Photo by the river, the old mill still stands, the council said.",
    "Video footage showed the crash, police said.",
    "The gallery reopened on Monday.",
    "Subscribe for $5 a month, the publisher said.",
    "Thanks for reading this far, the editor wrote in a note to readers.",
    "No posts were filled in the first round, the council said.",
    "Ready for more rain? Forecasters say yes.",
    # A credit closing a caption is the caption's own.
    "A ferry leaves the harbour at dawn. Photo: Harbour Trust",
    "Crews at work on the bridge. Photo by Jane Smith",
    "Residents were asked to let us know in the comments what they thought, the editor said.",
    # A credit, and prose with a paywall's words.
    "Produced by Jane Smith",
    "The photos came to us via Getty Images, the editor said.",
    "The club is free to read the offer before it signs, the lawyer said.",
    "\u201cPlease consider supporting us,\u201d the charity said in a letter to donors.",
    # A pointer a reporter wrote.
    "For more information about the plan, residents can visit the council website.",
    "For more information, residents can visit www.leeds.gov.uk, the council said.",
    # A heading's news is no section's.
    "More bad news",
    "More news for the council came on Friday, when it lost again.",
    # A blog post's real author, and prose about sharing and admins.
    "Posted by Jane Smith on 8 April 2026 in Tech News",
    "The message was posted by admin staff on the forum.",
    "She asked us to share it with her friends, the teacher said.",
    # A story's service information, and words a prompt shares.
    "Residents can sign up for flood alerts from the Environment Agency.",
    "Parents can sign up for the school's daily email, the head teacher said.",
    "The council will sign up to the newsletter scheme next week.",
    "More like this, please, the critic said.",
    "Readers also liked the film, the survey found.",
    "The photographer (pictured) said the image was fake.",
    "The forum's comments are moderated by volunteers, its founder said.",
    "Voters were asked to reject all three proposals.",
    "Have you got a story like this? Many readers have.",
    "This article was amended on 4 November 2026.",  # an editor's note is the story's own
    "The charity said it would pay for your stories to be recorded, the director said.",
    "Critics read the paper's coverage of the trial as biased.",
    "Get AI-powered tools into every classroom, the minister urged.",
    "Social media: a force for good or ill? Pupils debated it on Friday.",
    "AI-generated content is spreading fast, the report said.",
    "The bridge will close for repairs. Read more about the works on the council's website.",
    "Residents can stay up to date with alerts from the council's flood team, which sends them by text.",
    "Researchers said people using an ad-blocking browser extension saw fewer scam adverts.",
])
def test_prose_is_not_residue(text):
    assert flagged(text, "boilerplate", format="text") == []


@pytest.mark.parametrize("block", [
    "More on this story\nCouncil tax bills to rise across region\nCare costs push councils to the brink",
    "Most read\n1 Storm closes coast road\n2 Ferry fares to rise",
    "Top stories\nLive: Latest updates\nTrending Now\n1 Storm closes coast road",
    "Listen to this article\n2 min",
    "Related Topics\nFlooding\nWeather",
    # Bulleted, as plain text keeps a list.
    "Related Articles\n- Council tax bills to rise across region\n- Care costs push councils to the brink",
    "More on this story\n* Council tax bills to rise\n\u2022 Care costs push councils to the brink",
    # "Read more:" heads a list of links too, and a section's name may stand in "More ... news".
    "Read more:\nTeenager stabbed in town centre\nPolice appeal after burglary spree",
    "More weather news\nStorm closes coast road\nFerry fares to rise",
    "Latest UK headlines\nStorm closes coast road",
    # A headline may ask a question.
    "Related Articles\nIs tea better for you than coffee?\nTen foods that boost your brain",
])
def test_a_list_of_links_under_its_opener_in_one_block_is_residue_whole(block):
    text = f"The port reopened on Monday.\n\n{block}\n"
    assert flagged(text, "boilerplate", format="text") == [block]


@pytest.mark.parametrize("block", [
    "Related Topics\n\nCambridge\nCycling",
    "More on this story\n\nCycle lane plan sparks row - 12 November\nMill Road bridge reopens - 3 October",
])
def test_a_list_of_links_a_blank_line_under_its_opener_is_residue_whole(block):
    text = f"The port reopened on Monday.\n\n{block}\n"
    assert flagged(text, "boilerplate", format="text") == [block]


def test_a_hard_wrapped_paragraph_a_blank_line_under_an_opener_is_not_taken_with_it():
    text = ("The port reopened on Monday.\n\nMost read\n\nThe council said on Tuesday that the port\n"
            "Would stay open all winter.\n")
    assert flagged(text, "boilerplate", format="text") == ["Most read"]


def test_a_question_headline_under_an_opener_is_residue_and_the_prose_after_it_is_not():
    text = ("The port reopened on Monday.\n\nMost read\nWill the port stay open?\nThe council said on Tuesday "
            "that it\nwould stay open all winter.\n")
    assert flagged(text, "boilerplate", format="text") == ["Most read\nWill the port stay open?"]


def test_prose_under_an_opener_in_one_block_is_not_taken_with_it():
    text = ("The port reopened on Monday.\n\nMost read\nThe council said on Tuesday that the port\n"
            "would stay open all winter.\n")
    assert flagged(text, "boilerplate", format="text") == ["Most read"]


def test_a_hard_wrapped_sentence_is_never_cut():
    text = "The mayor said the city would share this article's findings\nwith the council on Monday.\n"
    assert flagged(text, "boilerplate", format="text") == []


def test_a_markdown_blockquote_can_be_residue_and_a_pull_quote_is_not():
    text = ("The port reopened on Monday.\n\n> Advertisement\n\n"
            "> \u201cWe will not back down from this fight,\u201d the mayor said.\n\n"
            "> Comments are closed on the plan, the clerk said.\n")
    assert flagged(text, "boilerplate", format="markdown") == ["Advertisement"]


def test_the_message_quotes_link_text_without_its_target():
    text = "The port reopened on Monday.\n\n[Home](/) > [News](/news) > [Local](/news/local)\n"
    (d,) = [d for d in lint.check_text(text, format="markdown") if d.rule == RULE]
    assert d.message == 'Page boilerplate left in the text: "Home > News > Local"; remove it'


@pytest.mark.parametrize("residue", ["Read more", "Advertisement", "Share this article", "Continue reading",
                                     "Read more: Council sets date for budget vote", "Continue reading \u2192",
                                     "Endit",  # a wire's end marker (Xinhua's), left on its last line
                                     "(Representative Image)"])  # a note that the picture is not of the scene
def test_residue_run_onto_the_last_sentence_of_a_paragraph_is_split_off(residue):
    """A scraper that joins a page's lines with a space leaves "... officials
    said. Read more": the residue is reported, not a truncated ending, and its
    fix leaves the sentence."""
    text = f"The council met on Monday.\n\nThe mayor will sign it on Friday, officials said. {residue}\n"
    found = [d for d in lint.check_text(text, format="text") if d.rule in (RULE, "truncated-ending")]
    assert [(d.rule, text[d.offset:d.end_offset]) for d in found] == [(RULE, residue)]
    fixed, _ = lint.fix_text(text, format="text", unsafe=True)
    assert fixed == "The council met on Monday.\n\nThe mayor will sign it on Friday, officials said.\n"


@pytest.mark.parametrize("text", [
    "The mayor will sign it on Friday (the council said so). Read more about it.",
    "The mayor will sign it on Friday, officials said. (The plan was first put forward in 2019)",
    "The mayor will sign it on Friday, officials said. Read more about the plan in the report.",  # a sentence
    "The mayor will sign it on Friday, officials said. Next week",  # no residue: cut off
    "The mayor will sign it on Friday, officials said. Share prices",
])
def test_a_last_sentence_that_only_looks_like_residue_stays_in_the_story(text):
    assert flagged("The council met on Monday.\n\n" + text + "\n", RULE) == []


STORY = ("Plans for 900 homes on farmland were approved by the council on Tuesday night.\n\n"
         "Councillors voted 9-4 in favour after a three-hour meeting.\n")


@pytest.mark.parametrize("line, residue", [
    # Residue a CMS runs onto the byline's or the date's line, set off by bars or dots.
    ("By Jane Smith | 4 March 2025 | 3 Comments", ["3 Comments"]),
    ("By Jane Smith | 4 March 2025 | Leave a comment | Share", ["Leave a comment", "Share"]),
    ("Posted by Admin on 4 March 2025 | 3 Comments", ["3 Comments"]),
    ("Posted by admin | March 9, 2025 | Football | 12 comments", ["12 comments"]),  # a blog's default author
    ("Published 4 March 2025 \u00b7 4 min read", ["4 min read"]),
    # The byline's own parts: a role, a desk, a date.
    ("By Jane Smith | Political Editor", []),
    ("By Jane Smith | 4 March 2025", []),
    ("By Jane Smith \u00b7 Politics", []),
])
def test_residue_run_onto_a_byline_is_split_off(line, residue):
    text = f"Council approves 900-home estate\n\n{line}\n\n{STORY}"
    found = [d for d in lint.check_text(text, format="text") if d.rule == RULE]
    assert [p.strip(" |\u00b7") for d in found for p in re.split(r"\s[|\u00b7]\s", text[d.offset:d.end_offset])
            if p.strip(" |\u00b7")] == residue


@pytest.mark.parametrize("line, flagged_line", [
    # A line of a page's labels set between bars or dots, each residue on its own, is residue whole.
    ("5 min read \u00b7 Updated 2 hours ago", True),
    ("3 min read | Published 3 hours ago", True),
    ("Updated 2 hours ago \u2022 3 min read", True),
    ("Share \u00b7 Advertisement", True),
    # ... not when one part is no residue: a section, the weather, a byline
    ("Politics | 3 min read", False),
    ("Rain \u00b7 12C \u00b7 Wind 20mph", False),
    ("Tickets \u00b7 \u00a312 for adults, \u00a36 for children", False),
])
def test_a_line_of_residue_labels_set_between_bars_is_residue(line, flagged_line):
    text = f"{STORY.splitlines()[0]}\n\n{line}\n\n{STORY.splitlines()[2]}\n"
    found = [text[d.offset:d.end_offset] for d in lint.check_text(text, format="text") if d.rule == RULE]
    assert found == ([line] if flagged_line else [])


@pytest.mark.parametrize("text, fixed", [
    (f"Council approves estate\n\nBy Jane Smith | 4 March 2025 | 3 Comments | Share\n\n{STORY}",
     f"Council approves estate\n\nBy Jane Smith | 4 March 2025\n\n{STORY}"),
    ('<article><h1>Council approves estate</h1><p class="meta">By Jo Marsh | 4 March 2025 | 3 Comments</p>'
     f"<p>{STORY.splitlines()[0]}</p><p>{STORY.splitlines()[2]}</p></article>",
     '<article><h1>Council approves estate</h1><p class="meta">By Jo Marsh | 4 March 2025 </p>'
     f"<p>{STORY.splitlines()[0]}</p><p>{STORY.splitlines()[2]}</p></article>"),
])
def test_removing_a_bylines_residue_takes_its_bar_too(text, fixed):
    fmt = "html" if text.startswith("<") else "text"
    assert lint.fix_text(text, format=fmt, unsafe=True)[0] == fixed


def test_a_markdown_lines_masked_link_targets_do_not_count_as_words():
    """Link targets are masked as spaces: counted as words, a share bar of three
    links ran past `max_words` and was read as prose."""
    text = (BODY + "Share: [Facebook](https://www.facebook.com/sharer?u=port) | [Twitter](https://twitter.com/intent/"
            "tweet?url=port) | [Email](mailto:?subject=port)\n\nShips queued all day as crews worked.\n")
    assert blocks(text, format="markdown") == [(3, 3)]


@pytest.mark.parametrize("paragraph, residue", [
    # An ad slot's label run in between two sentences.
    ("The port reopened on Monday, officials said. Advertisement The harbour master said crews had worked all "
     "night.", "Advertisement"),
    ("The port reopened on Monday. ADVERTISEMENT \u201cWe are relieved,\u201d said the harbour master.",
     "ADVERTISEMENT"),
    ("The port reopened on Monday. Story continues below advertisement The harbour master said crews had worked "
     "all night.", "Story continues below advertisement"),
    ("The port reopened on Monday. Story continues below advertisement The Harbour Trust said crews had worked "
     "all night.", "Story continues below advertisement"),  # a label of several words, before a name
    ("The port reopened on Monday, officials said.\nAdvertisement\nThe harbour master said crews had worked all "
     "night.", "Advertisement"),  # on a line of its own inside the block
    # A name, or a word of the story.
    # Set in brackets: no sentence need follow.
    ("The port reopened on Monday. (Story continues below.) The harbour master said crews had worked all night.",
     "(Story continues below.)"),
    ("The port reopened on Monday. [Advertisement] Ships queued all day.", "[Advertisement]"),
    ("The port reopened on Monday. Scroll to continue with content The harbour master said crews had worked.",
     "Scroll to continue with content"),
    ("The regulator fined the firm. Advertisement Standards Authority officials said so.", None),
    ("The port reopened on Monday (story continues below). Ships queued.", None),
    ("Shares fell on Monday. Advertisement revenue dropped 4% in the quarter.", None),
    # A related link's label and its headline run in between two sentences: to the headline's own stop, or to a
    # word that opens the next sentence.
    ("The council voted to sell the building. Read more: Libraries face axe in budget cuts The building will be "
     "marketed from June.", "Read more: Libraries face axe in budget cuts"),
    ("The council voted to sell the building. ALSO READ: Fares to rise again in January. The building will be "
     "marketed from June.", "ALSO READ: Fares to rise again in January."),
    ("Libraries are closing. See also: Why councils are broke In 2024 the council cut its budget.",
     "See also: Why councils are broke"),
    # Prose: a lowercase word after the label, or a label that ends no sentence before it.
    ("The council voted. Read more: the council also approved a plan. The building will be marketed.", None),
    ("The council voted to read more: books, papers and letters.", None),
])
def test_an_ad_slots_label_or_a_related_link_run_into_a_paragraph_is_residue(paragraph, residue):
    text = BODY + paragraph + "\n\nShips queued all day as crews worked.\n"
    found = [text[d.offset:d.end_offset] for d in lint.check_text(text, format="text") if d.rule == RULE]
    assert found == ([residue] if residue else [])
    if residue:  # the fix takes the label (or the link) out and leaves both sentences
        fixed = lint.fix_text(text, format="text", unsafe=True)[0]
        assert fixed == text.replace(residue + paragraph[paragraph.index(residue) + len(residue)], "", 1)


@pytest.mark.parametrize("text, expected", [
    # A wire sports story's section head in capitals, over its labelled lines.
    (BODY + "UP NEXT\n\nChiefs: Have a bye next week as the AFC's top seed.\n\nChargers: At Houston.\n", []),
    # ... or over a sentence of its own, as a baseball story's is
    (BODY + "UP NEXT\n\nPadres RHP Ben Cole (9-5, 3.12 ERA) faces Dodgers LHP Tom Hale (7-4, 2.88) on Tuesday.\n", []),
    (BODY + "ADVERTISEMENT\n\nThe council will meet again on Tuesday.\n", [(3, 3)]),
    # A player's label: over a headline, or in the page's own case.
    (BODY + "UP NEXT\n\nCouncil approves budget in late-night vote\n", [(3, 3)]),
    (BODY + "Up next\n\nChiefs: Have a bye next week as the AFC's top seed.\n", [(3, 3)]),
])
def test_a_section_head_in_capitals_over_labelled_lines_is_no_residue(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, residue", [
    ("Tickets for next season go on sale in June. Click here to buy.", "Click here to buy."),
    ("Tickets go on sale in June, the club said. Tap here for tickets!", "Tap here for tickets!"),
])
def test_a_links_instruction_closing_a_paragraph_is_residue(text, residue):
    assert flagged(text, "boilerplate", format="text") == [residue]


def test_a_sentence_that_tells_readers_to_click_is_prose():
    text = "The council said residents should click here to find out more, the mayor joked.\n"
    assert flagged(text, "boilerplate", format="text") == []


@pytest.mark.parametrize("text, expected", [
    # A press release's end mark in Markdown, where it would be an empty heading.
    ("# Acme launches a robot\n\nAcme launched a robot on Monday.\n\n###\n", [(5, 5)]),
    ("# Acme launches a robot\n\nAcme launched a robot on Monday.\n###\n", [(4, 4)]),
    # ... not a heading with words.
    ("# Acme launches a robot\n\nAcme launched a robot on Monday.\n\n### Notes\n\nIt works.\n", []),
])
def test_a_press_releases_end_mark_in_markdown(text, expected):
    assert blocks(text, format="markdown") == expected


def test_the_message_shows_an_address_as_written():
    text = "The works will be upgraded.\n\nMedia contact: press@water.example, 0113 555 0100\n"
    messages = [d.message for d in lint.check_text(text, format="markdown") if d.rule == "boilerplate"]
    assert messages == ['Page boilerplate left in the text: "Media contact: press@water.example, 0113 555 0100"; '
                        'remove it']


@pytest.mark.parametrize("text, expected", [
    # A breadcrumb of three or more segments joined by a spaced slash.
    (BODY + "News / Transport / Trams\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Sport / Football / Non-League Football\n\nThe line opens in May.\n", [(3, 3)]),
    # ... not two, which a photo credit makes, nor a slash in prose.
    (BODY + "Jane Roe / Getty Images\n\nThe line opens in May.\n", []),
    (BODY + "The Leeds / Bradford route will close, and the York / Hull one too.\n", []),
    # A pager's links with nothing after them.
    (BODY + "Previous article Next article\n", [(3, 3)]),
    (BODY + "Next story\n", [(3, 3)]),
    # A rail's label with its section, and the numbered headlines under it.
    (BODY + "Most read in Local News\n\n1. Man arrested after crash on A38\n2. Cafe opens in old bank\n", [(3, 6)]),
    (BODY + "Most viewed on Sport\n\nThe line opens in May.\n", [(3, 3)]),
    # ... not a numbered list of sentences, nor one under no such label.
    (BODY + "Most read in Local News\n\n1. The council met.\n2. It voted.\n", [(3, 3)]),
    (BODY + "The plan has three steps\n\n1. Close the road\n2. Build the bridge\n", []),
])
def test_a_slashed_breadcrumb_a_pager_and_a_rails_numbered_headlines(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A post's buttons, with or without icons; a paywall's sign-up prompt; a link-copy button; a page's pointer.
    (BODY + "\U0001F44D Like | \U0001F4AC Comment | \u2197 Share\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Like Comment Share\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Sign up for free to continue reading\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Copy link to clipboard\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Top of page\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Pic: PA\n\nThe line opens in May.\n", [(3, 3)]),
    # ... not a sentence about them.
    (BODY + "Fans were urged to like, comment and share the video.\n", []),
    (BODY + "Readers can sign up for free to continue reading the series, the editor said.\n", []),
])
def test_buttons_a_paywall_prompt_and_a_short_photo_credit(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A link's label on its own line, and an appeal for support.
    (BODY + "Find out more\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Learn more about our editorial standards\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Contact the newsroom\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Our journalism relies on your support\n\nThe line opens in May.\n", [(3, 3)]),
    # ... not a sentence that uses the words, nor an editor's note, which is the story's.
    (BODY + "Residents can find out more at the library on Saturday.\n", []),
    (BODY + "To learn more about the scheme, residents should visit the council website.\n", []),
    (BODY + "Readers can contact the newsroom by email.\n", []),
    (BODY + "This story has been updated\n\nThe line opens in May.\n", []),
])
def test_a_links_label_alone_and_an_appeal_for_support(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A sign-up box's teaser, then its ask.
    (BODY + "Stay informed: Subscribe to our daily defense briefing.\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Never miss a story - sign up for breaking news alerts.\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Be the first to know: download our app.\n\nThe line opens in May.\n", [(3, 3)]),
    # ... not a label before the story's own sentence.
    (BODY + "Stay informed: the council will publish the results in May.\n", []),
    (BODY + "Residents who want to stay informed can sign up for flood alerts, the council said.\n", []),
])
def test_a_sign_up_boxs_teaser_and_its_ask(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A plea to follow the site wherever it is, and an ask after a promise of more of its kind.
    (BODY + "For more stories like this, follow us on social media.\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Follow us on social media for updates.\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "For more news from Devon, sign up to our newsletter.\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "For more such stories, download our app now\n", [(3, 3)]),
    (BODY + "For more similar updates, follow us on X.\n\nThe line opens in May.\n", [(3, 3)]),
    # ... not a sentence of the story's that uses the words
    (BODY + "Police urged people not to follow the gang on social media.\n", []),
    (BODY + "For more than a decade, follow-up checks were rare.\n", []),
    (BODY + "For more such schemes, download the council's guide, officials said.\n", []),
])
def test_a_plea_to_follow_the_site_on_social_media(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A picture's credit through an agency or with the photographer's name first, a rail's "Latest in" label, and a
    # pledge box's thanks.
    (BODY + "Image via Getty/Jane Roe/Corbis\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Jane Roe/Reuters\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Getty Images Pauline Collins pictured in 2017, she is wearing a black blouseGetty Images\n\n"
     "The line opens in May.\n", [(3, 3)]),
    (BODY + "The BBC is not responsible for the content of external sites.View original tweet on Twitter\n",
     [(3, 3)]),
    (BODY + "Reuters reported the figures first, according to the BBC.\n", []),
    (BODY + "Signs advertise homes for sale in London. Photograph: Jason Alden/Bloomberg News\n\n"
     "The line opens in May.\n", [(3, 3)]),
    (BODY + "READ SOME MORE\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "We're testing a new site: This content is coming soon\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "We welcome your thoughtful comments. Please comply with our Community rules.\n\n"
     "Want to participate in the discussion?\n\nThe line opens in May.\n", [(3, 5)]),
    (BODY + "The mayor said: \u201cWe welcome your comments on the plan.\u201d\n", []),
    (BODY + "The line opens in May.\n\nNo comments:\n\nPost a Comment\n", [(5, 7)]),
    (BODY + "The line opens in May. No comments were taken.\n", []),
    (BODY + "The photograph: a girl on a beach, taken in 1972 by her father, won the prize.\n", []),
    (BODY + "See Now: How the new phone compares with the old one\n\nThe line opens in May.\n", [(3, 3)]),
    # ... a link's label run onto its headline, the space between them lost; not a word that goes on from "more"
    (BODY + "Read MoreHerbalife: Ackman is 'Worst of Wall Street'\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Read moreover the small print before you sign.\n\nThe line opens in May.\n", []),
    # A blog's archive page over its posts, and a wire photo's caption that ends with its credit in brackets.
    (BODY + "Tag Archives: trauma\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Category Archives: Politics\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Posts tagged with \"Study Finds\"\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Posts tagged with slurs were removed by the site, the company said.\n", []),
    # A note that the picture is not of the scene, and a list's label left alone at the end.
    (BODY + "Stock photo\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "(Representational image)\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "The stock photo library was sold for $40m on Friday.\n", []),
    (BODY + "The line opens in May.\n\nCategory\n", [(5, 5)]),
    (BODY + "The line opens in May.\n\nThe category was dropped from the awards this year.\n", []),
    (BODY + "FILE - In this May 11, 2018 file photo, the former speaker leaves court in New York. (AP Photo/Mary "
     "Altaffer, File)\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "The speaker left court in New York, where the photo (AP Photo/Mary Altaffer) was taken, on Friday.\n",
     []),
    (BODY + "The line opens in May.\n\nLatest in Life\n", [(5, 5)]),
    (BODY + "With your support, City Radio brings news to everyone. Your gift makes a difference.\n\n"
     "The line opens in May.\n", [(3, 3)]),
    # ... not a sentence with the words, a heading of the story's, nor a pair of names
    (BODY + "Images via satellite showed the damage clearly, officials said.\n", []),
    (BODY + "Latest in the inquiry\n\nThe inquiry heard from three witnesses on Tuesday.\n", []),
    (BODY + "Your gift makes a difference to the hospice, said its director, Ann Lee, who thanked the town for "
     "raising \u00a340,000 for a new wing.\n", []),
    (BODY + "Smith/Jones report\n\nThe line opens in May.\n", []),
])
def test_a_credit_through_an_agency_a_rails_label_and_a_pledge_box(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A site's account bar left above the story, its links run together or set apart.
    ("Subscribe Register Login\n\n" + BODY, [(1, 1)]),
    ("Sign in | Subscribe\n\n" + BODY, [(1, 1)]),
    (BODY + "Log in / Sign up\n\nThe line opens in May.\n", [(3, 3)]),
    # ... not a heading that starts with one such word, nor a sentence that uses them
    (BODY + "Register of interests\n\nThe MP declared two gifts.\n", []),
    (BODY + "Residents can register or sign in on the council's website.\n", []),
])
def test_a_sites_account_bar(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A sign-up box's ask for a round-up or a bulletin, its offer of an e-newsletter, and a comment box's moderation
    # note with what follows it.
    (BODY + "Sign up to our weekly round-up of HR news and guidance\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Receive the Personnel Today Direct e-newsletter every Wednesday\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "The line opens in May.\n\nPosts are pre-moderated. Please bear with us if this takes a little time.\n",
     [(5, 5)]),
    # ... not a sentence of the story's with the words
    (BODY + "Sign up to the scheme closes in May, the council said.\n", []),
    (BODY + "Residents can receive the council's newsletter by post.\n", []),
    (BODY + "Posts on the forum are moderated by volunteers, the company said.\n", []),
    # A share plugin's name left under a feedback widget.
    (BODY + "The line opens in May.\n\nDid you enjoy this article?\n\nAddToAny\n", [(5, 7)]),
    # A theme's labels with their values lost.
    ("Connect with us\n\n" + BODY, [(1, 1)]),
    (BODY + "Published\n\non\n\nThe line opens in May.\n", [(3, 5)]),
    (BODY + "Published on Monday, the report found that 40% of homes were damp.\n", []),
    # An app's ask, by the site's name.
    (BODY + "Download the Valley News app for iOS and Android.\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Get the app that the council built and you can track the bins, the mayor said.\n", []),
    # A caption with its credit after a dash.
    (BODY + "Matthew Hopkins, chief executive of the trust - Credit: Archant\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "The fund - credit unions say - is too small.\n", []),
    # A comment form's fields.
    (BODY + "The line opens in May.\n\nPlease enter your comment!\n\nPlease enter your name here\n", [(5, 7)]),
    (BODY + "Please enter your name and address on the form, the council said.\n", []),
])
def test_a_sign_up_boxs_round_up_and_a_comment_boxs_moderation_note(text, expected):
    assert blocks(text) == expected


def test_residue_where_a_quotation_runs_on_over_it():
    # A page's label set between two paragraphs of one speaker's words: the quotation runs on, the label is residue.
    text = ("The port reopened on Monday.\n\nMr Hopkins said: \u201cIt is crucial that patients are seen quickly."
            "\n\n\u201cWe know there is much more to do.\n\nMost Read\n\n\u201cThis year we will see 520,000 "
            "patients.\u201d\n\nThe trust was rated inadequate.\n")
    assert flagged(text, "boilerplate", format="text") == ["Most Read"]



@pytest.mark.parametrize("text, expected", [
    # A newsroom's ask to follow it, put as a question, and its ask for story ideas.
    (BODY + "Why not follow BBC North West on Facebook, external, Twitter, external and Instagram, external? You "
     "can also send story ideas to newsdesk@example.com\n", [(3, 3)]),
    (BODY + "You can also send story ideas to newsdesk@example.com\n\nThe line opens in May.\n", [(3, 3)]),
    (BODY + "Why not follow the advice on Facebook groups about bins?\n", []),
    (BODY + "Residents can send stories to the council via its website, which will publish them next spring.\n", []),
])
def test_a_newsrooms_asks_to_follow_it_and_for_story_ideas(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A news site's pitch for itself, printed with each story.
    (BODY + "Welcome to your ultimate source for breaking news, trending updates and stories from around the "
     "world.\n", [(3, 3)]),
    (BODY + "Our team works tirelessly to ensure you never miss a moment.\n", [(3, 3)]),
    (BODY + "Stay in the know and join thousands of readers who trust us for reliable content.\n", [(3, 3)]),
    # ... not a story's own welcome, team or readers
    (BODY + "Welcome to Hull, the sign on the bridge reads, and the city hopes visitors will heed it.\n", []),
    (BODY + "Our team works tirelessly, the shelter's manager said, but the queue keeps growing.\n", []),
    (BODY + "Welcome to the ultimate test of the new bridge, engineers joked as the lorries rolled on.\n", []),
])
def test_a_news_sites_pitch_for_itself(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # An archive's note on a story moved from an old system.
    (BODY + "Converted for the new archive on 14 July 2000. Some images and formatting may have been lost in the "
     "conversion.\n", [(3, 3)]),
    (BODY + "Some images may have been lost in the migration.\n", [(3, 3)]),
    # ... not a story's own archive or conversion
    (BODY + "The archive was converted for the new museum on Monday.\n", []),
    (BODY + "Files were lost in the conversion, the council said.\n", []),
])
def test_an_archives_note_on_a_converted_story(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A blog feed's footer with the site's tagline after a bar.
    (BODY + "The post Chelsea Now \u2018Even More Likely\u2019 To Sign Striker appeared first on Inside Futbol | "
     "Latest Football News, Transfer Rumours & Articles.\n", [(3, 3)]),
    (BODY + "The post of mayor appeared first on the agenda, and then the council, the unions and the staff argued "
     "for hours.\n", []),
])
def test_a_blog_feeds_footer_with_its_tagline(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A newsletter's pitch for local stories, and a reporter's sign-off with their phone number.
    (BODY + "Never miss a local story.\n", [(3, 3)]),
    (BODY + "Hannah Smoot: 803-329-4068\n", [(3, 3)]),
    # ... not a hotline the story gives, nor a speaker's line in a transcript
    (BODY + "The hotline: 0800 123 4567\n", []),
    (BODY + "Ann Lee: I was there when it happened.\n", []),
])
def test_a_local_story_pitch_and_a_reporters_phone_sign_off(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A browser's offer of notifications, and an app's "open in" chooser, glued into one paragraph.
    (BODY + "View CBS News In\nCBS News App Open\nChrome Safari Continue\nBe the first to know\nGet browser "
     "notifications for breaking news, live events, and exclusive reporting.\n", [(3, 7)]),
    (BODY + "Get push notifications for the latest headlines.\n", [(3, 3)]),
    # ... not a story about notifications, nor an open day
    (BODY + "We get push notifications on our phones from the council about bins, she said.\n", []),
    (BODY + "Residents get push notifications on phones from the council when bins are late, and many have "
     "complained.\n", []),
    (BODY + "The app open day at Chrome Street was busy.\n", []),
])
def test_a_browsers_offer_of_notifications_and_an_apps_chooser(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A newsletter's pitch by what it keeps the reader.
    (BODY + "Stay up to date with our daily newsletter. Sign up here.\n", [(3, 3)]),
    (BODY + "Stay informed with our free morning briefing.\n", [(3, 3)]),
    # ... not advice the story reports
    (BODY + "Stay informed with the council alerts, residents were told, as flood warnings were raised across the "
     "county on Monday.\n", []),
])
def test_a_newsletters_pitch_by_what_it_keeps_you(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A sponsor's label that names what it is on.
    (BODY + "This article is brought to you by our partners. Advertisement\n", [(3, 3)]),
    (BODY + "This content is sponsored by Acme Bank.\n", [(3, 3)]),
    # ... not a sponsorship the story tells of, nor a partner's editorial credit
    (BODY + "The festival was sponsored by Acme Bank for ten years.\n", []),
    (BODY + "This story was produced in partnership with the Tri-County Reporting Project.\n", []),
])
def test_a_sponsors_label_that_names_the_article(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A related link's label that ends in a bar or a dash, before a headline (whose "says" is the headline's).
    (BODY + "Also read | Monsoon to arrive early this year, says IMD\n", [(3, 3)]),
    (BODY + "Read more | Ministers say the cap will stay, says report\n", [(3, 3)]),
    (BODY + "READ | Five dead in Kerala landslide\n", [(3, 3)]),
    (BODY + "Also Read - Heavy rain lashes Mumbai\n", [(3, 3)]),
    # ... not a label before sentences of the story's own
    (BODY + "Also read | Smith said. The council agreed to the plan on Monday.\n", []),
])
def test_a_related_links_label_before_a_bar_or_a_dash(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A syndicating site's notes and footers, a video's label, a trending list's head, a page's links and buttons
    # and a stamp in Indian time.
    (BODY + "This story has not been edited by staff and is auto-generated from a syndicated feed.\n", [(3, 3)]),
    (BODY + "(Except for the headline, this story has not been edited by our staff and is published from a "
     "syndicated feed.)\n", [(3, 3)]),
    (BODY + "Catch all the Business News, Market News and Latest News Updates on the Daily Ledger.\n", [(3, 3)]),
    (BODY + "Get the latest news on Telegram. Join now!\n", [(3, 3)]),
    (BODY + "For all the latest news, follow us on Twitter and Instagram.\n", [(3, 3)]),
    (BODY + "Watch video: Floods hit Kerala\n", [(3, 3)]),
    (BODY + "Also watch: Rain lashes Chennai\n", [(3, 3)]),
    (BODY + "Trending Topics\n", [(3, 3)]),
    (BODY + "First published on: 12-03-2026 at 10:15 IST\n", [(3, 3)]),
    (BODY + "Report a correction or typo\n", [(3, 3)]),
    (BODY + "Bookmark this article\n", [(3, 3)]),
    (BODY + "Thanks for reading. Subscribe for more.\n", [(3, 3)]),
    (BODY + "Follow all the action live on our website and app\n", [(3, 3)]),
    (BODY + "Watch every goal and the highlights on our app.\n", [(3, 3)]),
    (BODY + "Catch the match live on the Courier website\n", [(3, 3)]),
    # ... not the story's own sentences with those words, nor a stamp's zone inside a word
    (BODY + "Follow the action live on our website, the club urged fans who could not travel.\n", []),
    (BODY + "Fans can watch the match live on the club's website, which will stream it free.\n", []),
    (BODY + "The story has not been edited by anyone since 2019, the archive says.\n", []),
    (BODY + "Watch the video closely, the coach said, and you will see the foul.\n", []),
    (BODY + "Catch the last ferry at six, the skipper told us.\n", []),
    (BODY + "Updated: the best\n", []),
    (BODY + "Updated: the team\n", []),
    (BODY + "Thanks for reading the report, the chair told councillors before the vote.\n", []),
])
def test_a_syndicators_notes_a_pages_links_and_buttons_and_a_stamp_in_another_zone(text, expected):
    assert blocks(text) == expected


CONSENT = ("We and our partners use cookies and similar technologies to store and access information on your device, "
           "to personalise content and ads, to provide social media features and to analyse our traffic. By clicking "
           "\u201cAccept all\u201d you consent to this. You can change your choices at any time in our privacy "
           "settings.\n")
PLEA = ("Our journalism is made possible by readers like you. Independent local news has never been more important, "
        "and every contribution, however big or small, helps us keep reporters in courtrooms and council chambers. "
        "Please consider becoming a member today from just \u00a33 a month. Thank you.\n")
COMMENTS = ("We want our comments to be a lively and valuable part of our community, a place where readers can debate "
            "and engage with the most important local issues. The ability to comment on our stories is a privilege, "
            "not a right, and that privilege may be withdrawn if it is abused or misused.\n")


@pytest.mark.parametrize("text, expected", [
    # A long paragraph in which the site speaks of itself: a consent notice, a plea for members, a comments policy.
    (BODY + CONSENT, [(3, 3)]),
    (BODY + PLEA, [(3, 3)]),
    (BODY + COMMENTS, [(3, 3)]),
    (BODY + CONSENT + "\n" + PLEA + "\n" + COMMENTS, [(3, 7)]),
    # ... not an explainer that speaks to the reader, a leader's note to its readers, nor quoted or reported speech
    (BODY + "If you visit a website, it must ask for your consent before it places cookies on your device for "
     "advertising, and you can withdraw that consent at any time through your browser settings. Sites that share "
     "your data with partners must name them, and you can ask any site to delete the data it holds.\n", []),
    (BODY + "We have covered the story of our town's library for ten years, and our readers have shown us how much it "
     "means to the community. We will keep reporting on it, and our journalism on the decision will go on next week "
     "when members of the cabinet meet.\n", []),
    (BODY + "\u201cWe want our members to feel this is their club, and our supporters' trust and our community's voice "
     "matter more to us than any sponsor, advertiser or newsletter ever could. Our comments page is open to all of "
     "you.\u201d\n", []),
    (BODY + CONSENT.replace("By clicking", "The regulator said that by clicking"), []),
])
def test_a_long_paragraph_in_which_the_site_speaks_of_itself(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A spinner's sign-off, alone or run on after the story's last sentence.
    (BODY + "For more updates, stay tuned.\n", [(3, 3)]),
    (BODY + "Traders were worried about the weather. For more updates, stay tuned.\n", [(3, 3)]),
    # ... and run on with its space left out, the story's sentence left to the story
    (BODY + "Traders were worried about the weather.For more updates, stay tuned.\n", [(3, 3)]),
    # ... not a band's promise the story reports
    (BODY + "The band told fans to stay tuned for further news on its tour dates.\n", []),
])
def test_a_spinners_stay_tuned_sign_off(text, expected):
    assert blocks(text) == expected


def test_a_sign_off_run_on_without_its_space_leaves_the_storys_sentence():
    text = BODY + "Traders in Lasalgaon were worried about the weather.For more updates, stay tuned.\n"
    found = [(d.rule, text[d.offset:d.end_offset]) for d in lint.check_text(text)
             if d.rule in ("boilerplate", "punctuation-spacing")]
    assert found == [("punctuation-spacing", "weather.For"), ("boilerplate", "For more updates, stay tuned.")]


def test_a_story_sentence_by_its_length_before_run_on_residue():
    # A sentence of the story's length keeps the story's, with no name or number in it; a short appeal does not.
    text = BODY + "The development comes close on the heels of a ban on rice bran exports.For more updates, stay tuned.\n"
    found = [(d.rule, text[d.offset:d.end_offset]) for d in lint.check_text(text)
             if d.rule in ("boilerplate", "punctuation-spacing")]
    assert found == [("punctuation-spacing", "exports.For"), ("boilerplate", "For more updates, stay tuned.")]
    assert blocks(BODY + "Local news matters. For more updates, stay tuned.\n") == [(3, 3)]
    assert [d.rule for d in lint.check_text(BODY + "Local news matters. For more updates, stay tuned.\n")
            if d.rule == "boilerplate" and d.column == 1] == ["boilerplate"]


def test_the_shipped_lists_are_written_in_lowercase_so_each_line_is_matched_by_its_first_letter():
    # One capital in a list sends every paragraph through the whole list as one case-blind alternation: slower to
    # compile and to match, on every draft.
    import yaml

    from lint.checks.boilerplate import Matcher
    from lint.resources import builtin_folder
    params = yaml.safe_load((builtin_folder() / "boilerplate.yaml").read_text(encoding="utf-8"))["parameters"]
    assert all(Matcher(params).lowercase.values())


@pytest.mark.parametrize("text, expected", [
    # A reporter's contact line under the story, with an e-mail address or a phone number, with or without the role.
    (BODY + "Contact reporter Dana Pike at dpike@example.com or 555-0143\n", [(3, 3)]),
    (BODY + "Contact Lou Marsh: 555-201-7788 or lmarsh@example.org.\n", [(3, 3)]),
    (BODY + "Reach staff writer Ann Lee at 555-0199.\n", [(3, 3)]),
    # ... not an appeal that names a line or a body to contact, nor a sentence that goes on
    (BODY + "Contact Crimestoppers on 0800 555 111.\n", []),
    (BODY + "Contact the council on 01632 960000 or email help@example.gov.uk.\n", []),
    (BODY + "Contact Dana Pike at dpike@example.com to book a place on the walk.\n", []),
])
def test_a_reporters_contact_line_with_an_address_or_a_number(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A membership appeal that names the site, a pager's "Previously:" link, a wire desk's slug of initials.
    (BODY + "Become a #Harbourline member! Your support keeps local news going.\n", [(3, 3)]),
    (BODY + "Previously: Library to close two days a week\n", [(3, 3)]),
    (BODY + "Previously:Library to close two days a week\n", [(3, 3)]),
    (BODY + "--Wire\n\nabc/mn/pq\n", [(5, 5)]),
    (BODY + "PTI KSK RT\n", [(3, 3)]),
    # ... not a story's sentences that open the same way
    (BODY + "Become a member of the club and you pay less, its secretary said.\n", []),
    (BODY + "Previously: the council had refused the plan twice.\n", []),
    (BODY + "The ratio was 3/4 of the total.\n", []),
])
def test_a_membership_appeal_a_previously_link_and_a_desks_initials(text, expected):
    assert blocks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A link's label with the arrow a page sets after it, on its own or run onto the paragraph's last sentence.
    (BODY + "Watch footage of the flood \u00bb\n", [(3, 3)]),
    (BODY + "More \u203a\n", [(3, 3)]),
    (BODY + "The river burst its banks at noon. Watch footage of the flood \u00bb\n\nRoads were closed.\n", [(3, 3)]),
    # ... not a French quotation, which opens with its pair, nor a long line
    (BODY + "The crowd chanted \u00ab non \u00bb\n\nRoads were closed.\n", []),
    (BODY + "The sign read: this way to the old harbour and the fish market and the ferry \u2192\n", []),
])
def test_a_links_label_with_an_arrow_after_it(text, expected):
    assert blocks(text) == expected
