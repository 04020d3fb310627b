"""The queue: filters in the URL, validation, sorting, pagination, bulk assignment."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim
from reviews import selectors
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db


def listed(html: str) -> list[int]:
    """Claim ids in the table, in order."""
    return [
        int(pk) for pk in re.findall(r'<tr class="claim-row[^"]*" data-href="/claims/(\d+)/"', html)
    ]


def get(client: Any, query: str = "", **headers: Any) -> Any:
    return client.get(f"{reverse('web-queue')}{query}", headers=headers)


def test_filters_by_status_type_and_text(client_for: Any, editor: Any, claim_in: Any) -> None:
    queued = claim_in("queued", claim_type="statistic")
    candidate = claim_in("candidate", claim_type="quote")
    client = client_for(editor)
    assert listed(get(client, "?status=queued").content.decode()) == [queued.pk]
    assert listed(get(client, "?claim_type=quote").content.decode()) == [candidate.pk]
    both = listed(get(client, "?status=queued&status=candidate").content.decode())
    assert sorted(both) == sorted([queued.pk, candidate.pk])
    word = candidate.text.split()[0]
    assert candidate.pk in listed(get(client, f"?q={word}").content.decode())
    assert listed(get(client, "?q=no-such-words-anywhere").content.decode()) == []


def test_filters_by_assignee_me_none_and_a_reviewer(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    mine = claim_in("assigned")
    nobody = claim_in("queued")
    client = client_for(reviewer)
    assert listed(get(client, "?assignee=me").content.decode()) == [mine.pk]
    assert listed(get(client, "?assignee=none").content.decode()) == [nobody.pk]
    assert listed(get(client, f"?assignee={reviewer.pk}").content.decode()) == [mine.pk]


def test_filters_by_rating_outlet_and_score_range(
    client_for: Any, editor: Any, claim_in: Any
) -> None:
    rated = claim_in("in_progress", article=make_article(outlet="Harbour Times"))
    low = claim_in("candidate", checkworthiness=0.1)
    high = claim_in("candidate", checkworthiness=0.9)
    client = client_for(editor)
    assert listed(get(client, "?rating=false").content.decode()) == [rated.pk]
    assert listed(get(client, "?outlet=harbour+times").content.decode()) == [rated.pk]
    ranged = listed(get(client, "?min_score=0.8&max_score=1").content.decode())
    assert high.pk in ranged and low.pk not in ranged


def test_the_filter_form_shows_the_values_from_the_url(client_for: Any, editor: Any) -> None:
    html = get(client_for(editor), "?q=crime&status=queued&min_score=0.3").content.decode()
    assert 'name="q" value="crime"' in html
    assert re.search(r'name="status" value="queued"[^>]*checked', html)
    assert 'name="min_score" value="0.3"' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?status=bogus", "Select a valid choice"),
        ("?min_score=abc", "Enter a number"),
        ("?min_score=5", "less than or equal to 1"),
        ("?min_score=0.9&max_score=0.1", "must not be below"),
        ("?assignee=999999", "Select a valid choice"),
        ("?rating=nope", "Select a valid choice"),
        ("?ordering=drop+table", "Select a valid choice"),
        ("?claim_type=%00", "Select a valid choice"),
    ],
)
def test_bad_filter_values_give_a_clear_message_not_a_500(
    client_for: Any, editor: Any, claim_in: Any, query: str, message: str
) -> None:
    claim = claim_in("queued")
    response = get(client_for(editor), query)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Some filters were not applied" in html
    assert message in html
    # The valid rest still works: the table is there.
    assert claim.pk in listed(html)


def test_a_bad_page_number_falls_back_to_a_real_page(client_for: Any, editor: Any) -> None:
    make_claim()
    for page in ("abc", "9999", "-1"):
        response = get(client_for(editor), f"?page={page}")
        assert response.status_code == 200
        assert len(listed(response.content.decode())) == 1


def test_sorting_by_score_due_date_and_update(client_for: Any, editor: Any) -> None:
    low = make_claim(checkworthiness=0.2)
    high = make_claim(checkworthiness=0.8)
    client = client_for(editor)
    assert listed(get(client, "?ordering=-score").content.decode()) == [high.pk, low.pk]
    assert listed(get(client, "?ordering=score").content.decode()) == [low.pk, high.pk]
    Claim.objects.filter(pk=low.pk).update(checkworthiness=0.21)  # bumps nothing: update()
    low.save()  # updated_at = now
    assert listed(get(client, "?ordering=-updated").content.decode())[0] == low.pk
    html = get(client, "?ordering=score&status=candidate").content.decode()
    # Column headers keep the filters and flip the direction.
    assert 'href="?ordering=-score&amp;status=candidate"' in html


def test_pagination_keeps_the_filters(client_for: Any, editor: Any) -> None:
    for _ in range(27):
        make_claim()
    html = get(client_for(editor), "?status=candidate").content.decode()
    assert len(listed(html)) == 25
    assert "Page 1 of 2" in html
    assert 'href="?status=candidate&amp;page=2"' in html
    second = get(client_for(editor), "?status=candidate&page=2").content.decode()
    assert len(listed(second)) == 2


def test_htmx_filter_requests_get_only_the_results_fragment(client_for: Any, editor: Any) -> None:
    make_claim()
    response = get(
        client_for(editor), "?status=candidate", HX_Request="true", HX_Target="queue-results"
    )
    html = response.content.decode()
    assert html.lstrip().startswith("{") is False
    assert '<div id="queue-results"' in html
    assert "<html" not in html and 'id="queue-filters"' not in html


def test_keyboard_navigation_hooks_are_in_the_table(client_for: Any, editor: Any) -> None:
    claim = make_claim()
    html = get(client_for(editor)).content.decode()
    assert f'data-href="/claims/{claim.pk}/"' in html
    assert "<kbd>j</kbd>" in html


def test_editors_get_bulk_controls_and_reviewers_do_not(
    client_for: Any, editor: Any, reviewer: Any
) -> None:
    make_claim()
    assert 'id="bulk-form"' in get(client_for(editor)).content.decode()
    html = get(client_for(reviewer)).content.decode()
    assert 'id="bulk-form"' not in html and 'name="claims"' not in html


def test_bulk_assign_to_one_reviewer_redirects_back_with_the_filters(
    client_for: Any, editor: Any, reviewer: Any, claim_in: Any
) -> None:
    first, second = claim_in("queued"), claim_in("queued")
    back = f"{reverse('web-queue')}?status=queued"
    response = client_for(editor).post(
        reverse("web-queue-assign"),
        {"claims": [first.pk, second.pk], "assignee": reviewer.pk, "next": back},
    )
    assert response.status_code == 302 and response["Location"] == back
    assert set(Claim.objects.filter(assignee=reviewer).values_list("pk", flat=True)) == {
        first.pk,
        second.pk,
    }


def test_the_reviewers_load_in_the_selects_is_fresh_after_a_bulk_assignment(
    client_for: Any, editor: Any, reviewer: Any, claim_in: Any
) -> None:
    claims = [claim_in("queued") for _ in range(2)]
    client = client_for(editor)
    label = rf'<option value="{reviewer.pk}">[^<]* — (\d+) open</option>'
    # The filter's and the bulk assignment's selects, and each row's (both claims may be
    # assigned, and re-assigned once they are).
    assert re.findall(label, get(client).content.decode()) == ["0"] * 4
    client.post(
        reverse("web-queue-assign"), {"claims": [c.pk for c in claims], "assignee": reviewer.pk}
    )
    assert re.findall(label, get(client).content.decode()) == ["2"] * 4


def test_bulk_assign_least_loaded_spreads_the_claims(
    client_for: Any, editor: Any, reviewer: Any, other_reviewer: Any, claim_in: Any
) -> None:
    claims = [claim_in("queued") for _ in range(4)]
    response = client_for(editor).post(
        reverse("web-queue-assign"),
        {"claims": [c.pk for c in claims], "assignee": "least_loaded", "due_date": "2030-01-31"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert '<div id="queue-results"' in html and 'hx-swap-oob="true"' in html
    assert "Assigned 4 claims" in html
    loads = {
        user: Claim.objects.filter(assignee=user).count() for user in (reviewer, other_reviewer)
    }
    assert loads == {reviewer: 2, other_reviewer: 2}
    assert all(c.due_at and c.due_at.year == 2030 for c in Claim.objects.all())


def test_bulk_assign_refuses_claims_in_the_wrong_state_and_changes_nothing(
    client_for: Any, editor: Any, reviewer: Any, claim_in: Any
) -> None:
    # A candidate is accepted on the way (triage in one step); a dismissed claim is not.
    queued, candidate = claim_in("queued"), claim_in("candidate")
    dismissed = claim_in("dismissed")
    response = client_for(editor).post(
        reverse("web-queue-assign"),
        {"claims": [queued.pk, candidate.pk, dismissed.pk], "assignee": reviewer.pk},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 409
    assert "Cannot assign a claim that is dismissed" in response.content.decode()
    assert not Claim.objects.filter(assignee__isnull=False).exists()
    assert Claim.objects.get(pk=candidate.pk).status == "candidate"


def test_bulk_assign_without_a_selection_says_so(client_for: Any, editor: Any) -> None:
    client = client_for(editor)
    response = client.post(reverse("web-queue-assign"), {"assignee": "least_loaded"}, follow=True)
    assert "Select at least one claim." in response.content.decode()


def test_reviewers_cannot_bulk_assign(client_for: Any, reviewer: Any, claim_in: Any) -> None:
    claim = claim_in("queued")
    response = client_for(reviewer).post(
        reverse("web-queue-assign"),
        {"claims": [claim.pk], "assignee": reviewer.pk},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 403
    assert "Only an editor can assign" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).assignee is None


@pytest.mark.parametrize("size", [5, 60])
def test_queue_query_count_does_not_grow_with_data(
    size: int,
    populate: Any,
    client_for: Any,
    editor: Any,
    reviewer: Any,
    django_assert_num_queries: Any,
) -> None:
    populate(size)
    editor_client = client_for(editor)
    # Warm-up: the outlet suggestions are cached for half a minute, the reviewers with their
    # load and the ratings for ten seconds.
    get(editor_client)
    # Session, user, roles, unread notifications; then the page's ids (each carrying the
    # capped count) and the page's rows.
    with django_assert_num_queries(6):
        response = get(editor_client)
        assert response.status_code == 200
        assert len(listed(response.content.decode())) == min(size, 25)
    # A text search is not counted: as many queries.
    reviewer_client = client_for(reviewer)
    with django_assert_num_queries(6):
        response = get(reviewer_client, "?status=in_progress&assignee=me&ordering=due&q=e")
        assert response.status_code == 200
        assert listed(response.content.decode())


def test_a_long_queue_is_counted_up_to_the_cap(
    monkeypatch: Any, client_for: Any, editor: Any
) -> None:
    monkeypatch.setattr(selectors.paging, "QUEUE_COUNT_CAP", 30)
    claims = [make_claim(checkworthiness=0.5) for _ in range(60)]
    client = client_for(editor)
    html = get(client).content.decode()
    assert re.search(r"<strong>30\+</strong> claims", html)
    assert "Page 1<" in html and "Page 1 of" not in html  # the last page is not known
    assert 'href="?page=2"' in html
    # Any page past the cap can still be reached, in the queue's order.
    third = listed(get(client, "?page=3").content.decode())
    assert third == [c.pk for c in claims[50:]]
    # A page past the end shows the last page, now with the exact count.
    html = get(client, "?page=40").content.decode()
    assert listed(html) == third
    assert "<strong>60</strong> claims" in html and "Page 3 of 3" in html
    # Under the cap the count is exact.
    high = [make_claim(checkworthiness=0.9) for _ in range(3)]
    html = get(client, "?min_score=0.8").content.decode()
    assert listed(html) == [c.pk for c in high]
    assert "<strong>3</strong> claims" in html and 'rel="next"' not in html


def test_search_results_are_counted_as_far_as_the_page_shown(client_for: Any, editor: Any) -> None:
    matches = [make_claim(claimant="Minister Okafor", checkworthiness=0.9) for _ in range(27)]
    make_claim(claimant="Someone else", checkworthiness=0.95)
    client = client_for(editor)
    html = get(client, "?q=okafor").content.decode()
    assert listed(html) == [c.pk for c in matches[:25]]
    assert "<strong>25+</strong> claims" in html and 'href="?q=okafor&amp;page=2"' in html
    html = get(client, "?q=okafor&page=2").content.decode()
    assert listed(html) == [c.pk for c in matches[25:]]
    assert "<strong>27</strong> claims" in html and "Page 2 of 2" in html


@pytest.mark.parametrize("ordering", ["-score", "due", "-updated"])
def test_a_rare_search_word_beyond_the_best_claims_is_still_found_in_order(
    monkeypatch: Any, client_for: Any, editor: Any, ordering: str
) -> None:
    # The search looks among the best claims first (a window of 3 here), then everywhere.
    monkeypatch.setattr(selectors.search, "QUEUE_SEARCH_WINDOW", 3)
    for _ in range(5):
        make_claim(claimant="Someone", checkworthiness=0.9)
    rare = [make_claim(claimant="Dr Zielinski", checkworthiness=score) for score in (0.3, 0.2)]
    common = [make_claim(claimant="Okafor", checkworthiness=0.95) for _ in range(3)]
    client = client_for(editor)
    expected = [c.pk for c in Claim.objects.order_by("-checkworthiness", "id") if c in rare]
    if ordering != "-score":
        expected = listed(get(client, f"?ordering={ordering}").content.decode())
        expected = [pk for pk in expected if pk in {c.pk for c in rare}]
    assert listed(get(client, f"?q=zielinski&ordering={ordering}").content.decode()) == expected
    found = listed(get(client, f"?q=OKAFOR&ordering={ordering}").content.decode())
    assert sorted(found) == sorted(c.pk for c in common)


def test_due_date_order_puts_claims_without_one_last(
    client_for: Any, editor: Any, reviewer: Any, claim_in: Any
) -> None:
    from reviews import services

    undated = claim_in("queued")
    later, sooner = claim_in("queued"), claim_in("queued")
    now = timezone.now()
    services.claim_assign(claim=later, by=editor, assignee=reviewer, due_at=now + timedelta(days=9))
    services.claim_assign(
        claim=sooner, by=editor, assignee=reviewer, due_at=now + timedelta(days=1)
    )
    client = client_for(editor)
    assert listed(get(client, "?ordering=due").content.decode()) == [
        sooner.pk,
        later.pk,
        undated.pk,
    ]
    assert listed(get(client, "?ordering=-due").content.decode()) == [
        undated.pk,
        later.pk,
        sooner.pk,
    ]


def test_the_search_box_is_a_search_input_with_one_type(client_for: Any, editor: Any) -> None:
    html = client_for(editor).get("/queue/").content.decode()
    tag = re.search(r'<input[^>]*name="q"[^>]*>', html)
    assert tag is not None
    assert tag.group(0).count("type=") == 1
    assert 'type="search"' in tag.group(0)


def test_an_assignment_anywhere_refreshes_the_reviewers_load_in_the_queue(
    client_for: Any, editor: Any, reviewer: Any, claim_in: Any
) -> None:
    from reviews import services

    claim = claim_in("queued")
    client = client_for(editor)
    label = rf'<option value="{reviewer.pk}">[^<]* — (\d+) open</option>'
    # The filter's, the bulk bar's and the claim's row's selects.
    assert re.findall(label, get(client).content.decode()) == ["0"] * 3
    # Through the service the API and the claim page use, not the queue's bulk form.
    services.claim_assign(claim=claim.pk, by=editor, assignee=reviewer)
    assert re.findall(label, get(client).content.decode()) == ["1"] * 3
