from django.urls import path

from workbench import web_views

urlpatterns = [
    path("", web_views.dashboard, name="dashboard"),
]
