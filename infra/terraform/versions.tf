terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }

  # Keep state remote and locked in a real deployment, e.g.:
  # backend "s3" {
  #   bucket         = "njia-terraform-state"
  #   key            = "njia/production.tfstate"
  #   region         = "eu-west-1"
  #   dynamodb_table = "njia-terraform-locks"
  # }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project     = "njia"
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}
