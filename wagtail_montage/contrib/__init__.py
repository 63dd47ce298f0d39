"""Optional integrations of wagtail-montage with other Wagtail packages."""
