from rest_framework import authentication


class TokenAuthentication(authentication.TokenAuthentication):
    """`Authorization: Token <key>` with a per-user token."""

    keyword = "Token"
