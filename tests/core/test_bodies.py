"""Server answers quoted in messages and the log: plain, short text."""

from __future__ import annotations

from plugin.core.bodies import looks_like_html, plain_excerpt

NGINX_404 = (
    "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n"
    "<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n"
)


def test_html_page_becomes_its_text() -> None:
    assert looks_like_html(NGINX_404)
    assert plain_excerpt(NGINX_404) == "HTML page: 404 Not Found nginx/1.22.1"
    page = "<!DOCTYPE html><html><head><style>h1{font-size:90px}</style><script>x()</script></head>" \
           "<body><h1>Sign in</h1><p>Tom &amp; Jerry</p></body></html>"
    assert plain_excerpt(page.encode()) == "HTML page: Sign in Tom & Jerry"


def test_json_and_text_are_kept_but_cut() -> None:
    body = '{"code": "NotFound", "description": "<b>thing</b> not found"}'
    assert not looks_like_html(body)
    assert plain_excerpt(body) == body
    long = "x" * 2000
    cut = plain_excerpt(long, 100)
    assert len(cut) == 100 and cut.endswith("…")
    assert plain_excerpt(" a\n\n  b ") == "a b"
