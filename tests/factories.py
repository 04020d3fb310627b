from __future__ import annotations

from typing import Any, cast

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, Group

from claims.models import Article, Claim, ClaimStatus, ExtractionStatus
from core.roles import ensure_groups
from reviews.models import Rating


class UserFactory(factory.django.DjangoModelFactory[AbstractUser]):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    first_name = factory.Faker("first_name")
    is_staff = True
    password = factory.PostGenerationMethodCall("set_password", "pw-for-tests-123")

    @factory.post_generation
    def role(self: AbstractUser, create: bool, extracted: str | None, **kwargs: object) -> None:
        if create and extracted:
            if not Group.objects.filter(name=extracted).exists():
                ensure_groups()  # a transactional test flushed the migration's groups
            self.groups.add(Group.objects.get(name=extracted))
        if create:
            self.save()


class ArticleFactory(factory.django.DjangoModelFactory[Article]):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    outlet = "Example News"
    body = factory.Sequence(
        lambda n: (
            f"Unemployment fell to {n % 9 + 2}.{n % 10} percent in March, the ministry said. "
            f"Officials expect growth of {n % 5 + 1} percent next year. Story number {n}."
        )
    )
    extraction_status = ExtractionStatus.DONE


class ClaimFactory(factory.django.DjangoModelFactory[Claim]):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    span_start = 0
    span_end = factory.LazyAttribute(lambda c: c.article.body.index(".") + 1)
    text = factory.LazyAttribute(lambda c: c.article.body[c.span_start : c.span_end])
    quote = factory.LazyAttribute(lambda c: c.text)
    claimant = "the ministry"
    claim_type = "statistic"
    checkworthiness = 0.7
    reasons = factory.LazyFunction(lambda: ["contains a number or statistic"])
    status = ClaimStatus.CANDIDATE


def rating(slug: str) -> Rating:
    return Rating.objects.get(slug=slug)


# Typed constructors: factory_boy's call returns the factory type to mypy.
def make_user(**kwargs: Any) -> Any:
    return UserFactory(**kwargs)


def make_article(**kwargs: Any) -> Article:
    return cast(Article, ArticleFactory(**kwargs))


def make_claim(**kwargs: Any) -> Claim:
    return cast(Claim, ClaimFactory(**kwargs))
