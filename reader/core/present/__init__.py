"""Every sentence a user reads about an article, composed whole in one place."""
