print("mlmaturity")
