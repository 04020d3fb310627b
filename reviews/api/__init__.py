"""REST API for claims and their review: the claim queue and workflow (`claims`,
`actions`), the verdict and the rating scale (`review`), sources and notes (`evidence`),
the timeline (`timeline`), the verdict export (`verdicts`) and API tokens (`tokens`).

Views are thin: serializer in, one service or selector, serializer (or export renderer)
out; the services enforce every rule and their domain errors become `{"detail", "code"}`
responses. Nothing is imported here, so that `reviews.api.outputs` can be imported by the
selectors without loading the views (which import the selectors).
"""
