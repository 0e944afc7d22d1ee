output "load_balancer_dns_name" {
  description = "Point domain_name at this (CNAME, or an alias A record)"
  value       = aws_lb.main.dns_name
}

output "app_url" {
  description = "APP_URL the tasks run with"
  value       = "https://${var.domain_name}"
}

output "database_endpoint" {
  description = "RDS PostgreSQL endpoint (host:port); the full URL is in SSM"
  value       = aws_db_instance.main.endpoint
}

output "redis_endpoint" {
  description = "ElastiCache primary endpoint; the full URL is in SSM"
  value       = aws_elasticache_replication_group.main.primary_endpoint_address
}

output "database_url_parameter" {
  description = "SSM parameter holding DATABASE_URL (SecureString)"
  value       = aws_ssm_parameter.database_url.name
}

output "ecs_cluster_name" {
  value = aws_ecs_cluster.main.name
}

output "uploads_bucket" {
  description = "S3 bucket for DRIVE_DISK=s3"
  value       = aws_s3_bucket.uploads.id
}
