variable "region" {
  description = "AWS region (af-south-1 is Cape Town, the closest to East and West Africa)"
  type        = string
  default     = "af-south-1"
}

variable "environment" {
  description = "Deployment name, used in resource names (production, staging...)"
  type        = string
  default     = "production"
}

variable "vpc_cidr" {
  description = "Address range of the VPC"
  type        = string
  default     = "10.40.0.0/16"
}

variable "az_count" {
  description = "Availability zones to spread subnets, the database and the API over"
  type        = number
  default     = 2
}

variable "api_image" {
  description = "API container image built from docker/api.Dockerfile, e.g. <account>.dkr.ecr.<region>.amazonaws.com/njia-api:<git sha>"
  type        = string
}

variable "api_desired_count" {
  description = "API tasks behind the load balancer (Socket.IO rooms are shared through Redis)"
  type        = number
  default     = 2
}

variable "api_cpu" {
  description = "Fargate CPU units per API task"
  type        = number
  default     = 1024
}

variable "api_memory" {
  description = "Fargate memory (MiB) per API task"
  type        = number
  default     = 2048
}

variable "worker_desired_count" {
  description = "Job worker tasks (`node ace queue:work`)"
  type        = number
  default     = 1
}

variable "domain_name" {
  description = "Public host name of the API, e.g. api.njia.example; APP_URL becomes https://<domain_name>"
  type        = string
}

variable "certificate_arn" {
  description = "ACM certificate for domain_name, in the same region"
  type        = string
}

variable "db_instance_class" {
  description = "RDS instance class"
  type        = string
  default     = "db.t4g.medium"
}

variable "db_allocated_storage" {
  description = "Initial RDS storage in GiB (grows automatically up to 10x)"
  type        = number
  default     = 50
}

variable "db_engine_version" {
  description = "RDS PostgreSQL version (PostGIS is an extension the app creates at migration)"
  type        = string
  default     = "17"
}

variable "db_multi_az" {
  description = "Run a standby database in a second availability zone"
  type        = bool
  default     = true
}

variable "redis_node_type" {
  description = "ElastiCache node type"
  type        = string
  default     = "cache.t4g.small"
}

variable "ssm_prefix" {
  description = "SSM Parameter Store path holding the app's secrets (SecureString), e.g. /njia/production/APP_KEY"
  type        = string
  default     = "/njia/production"
}

variable "secret_names" {
  description = "Secrets read from SSM under ssm_prefix and given to the containers as environment variables. Create them before applying (aws ssm put-parameter --type SecureString)."
  type        = list(string)
  default = [
    "APP_KEY",
    "AT_API_KEY",
    "TWILIO_AUTH_TOKEN",
    "SENTRY_DSN",
    "METRICS_TOKEN",
  ]
}

variable "app_environment" {
  description = "Plain (non-secret) settings for the containers, as in .env.example"
  type        = map(string)
  default = {
    LOG_LEVEL       = "info"
    DEFAULT_COUNTRY = "KE"
    SMS_TRANSPORT   = "africastalking"
    AT_USERNAME     = "njia"
    MAP_TILE_URL    = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"
  }
}

variable "log_retention_days" {
  description = "CloudWatch log retention"
  type        = number
  default     = 30
}
