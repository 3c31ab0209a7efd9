# Reference figures for the cohort statistics (src/domain/cohort/reliability.ts, factor.ts, distributions.ts),
# computed with R's psych, lavaan and base R from the data sets in tests/fixtures/reference/datasets/.
# Writes tests/fixtures/reference/<data set>.json and qf.json; tests/unit/cohort/reference.test.ts compares
# the app's figures with them. Run from the repository root:  npm run fixtures:stats
# (The data sets themselves come from: npx tsx scripts/reference-datasets.ts)

suppressPackageStartupMessages({
  library(psych)
  library(lavaan)
  library(jsonlite)
})

root <- file.path("tests", "fixtures", "reference")
datasets <- file.path(root, "datasets")
if (!dir.exists(datasets)) stop("Run from the repository root (", datasets, " not found)")

# R's NA becomes JSON null. The files are then laid out by the repository's Prettier (below), so that
# `prettier --check .` passes on them; that changes only whitespace and exponents (1e-6 for 1e-06).
written <- character(0)
write_fixture <- function(x, name) {
  path <- file.path(root, paste0(name, ".json"))
  write_json(x, path, digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null")
  written <<- c(written, path)
}

versions <- list(
  R = R.version.string,
  psych = as.character(packageVersion("psych")),
  lavaan = as.character(packageVersion("lavaan")),
  jsonlite = as.character(packageVersion("jsonlite"))
)

# Cronbach's alpha from the item and total variances (all items, also constant ones), the definition the app
# uses; psych::alpha gives the same except that it deletes items without variance first.
alpha_all <- function(x) {
  k <- ncol(x)
  k / (k - 1) * (1 - sum(apply(x, 2, var)) / var(rowSums(x)))
}

# The one-factor CFA as the app fits it: ML on the covariance matrix (divisor N), factor variance 1.
one_factor <- function(x) {
  model <- paste("f =~", paste(names(x), collapse = " + "))
  warnings <- character(0)
  fit <- NULL
  # lavaan prints its data summary before it stops on a variable without variance; keep that off stdout.
  printed <- capture.output(fit <- tryCatch(
    withCallingHandlers(
      cfa(model, data = x, std.lv = TRUE),
      warning = function(w) {
        warnings <<- c(warnings, conditionMessage(w))
        invokeRestart("muffleWarning")
      }
    ),
    error = function(e) conditionMessage(e)
  ))
  if (is.character(fit)) return(list(error = fit, warnings = I(warnings)))
  pe <- parameterEstimates(fit)
  std <- standardizedSolution(fit, se = FALSE, zstat = FALSE, pvalue = FALSE, ci = FALSE)
  loadings <- pe$est[pe$op == "=~"]
  residuals <- pe$est[pe$op == "~~" & pe$lhs == pe$rhs & pe$lhs != "f"]
  standardized <- std$est.std[std$op == "=~"]
  # The factor's sign is arbitrary; fix it as the app does, so that the loadings sum to a positive number.
  if (sum(loadings) < 0) {
    loadings <- -loadings
    standardized <- -standardized
  }
  negative <- any(grepl("variances are negative", warnings))
  # lavaan keeps its last iterate when the optimizer gives up; a negative variance there is a Heywood case
  # that did not settle (the likelihood has no proper maximum).
  list(
    converged = lavInspect(fit, "converged"),
    maxGradient = max(abs(lavInspect(fit, "gradient"))),
    iterations = lavInspect(fit, "iterations"),
    postCheck = suppressWarnings(lavInspect(fit, "post.check")),
    warnings = I(warnings),
    heywood = negative || any(residuals <= 0) || any(abs(standardized) >= 1),
    df = ncol(x) * (ncol(x) + 1) / 2 - lavInspect(fit, "npar"),
    loadings = loadings,
    residuals = residuals,
    standardizedLoadings = standardized,
    omega = sum(loadings)^2 / (sum(loadings)^2 + sum(residuals))
  )
}

scale_sets <- c("likert-300x4", "likert-300x5", "three-items", "small-12x4", "heywood", "heywood-diverging",
                "constant-item")
for (name in scale_sets) {
  x <- read.csv(file.path(datasets, paste0(name, ".csv")))
  n <- nrow(x)
  k <- ncol(x)
  constant <- names(x)[apply(x, 2, var) == 0]
  psych_alpha <- withCallingHandlers(
    alpha(x, warnings = FALSE),
    warning = function(w) if (grepl("no variance", conditionMessage(w))) invokeRestart("muffleWarning")
  )
  alpha <- alpha_all(x)
  if (length(constant) == 0) {
    stopifnot(isTRUE(all.equal(alpha, psych_alpha$total$raw_alpha, tolerance = 1e-12)))
    dropped <- psych_alpha$alpha.drop$raw_alpha
    average_r <- psych_alpha$total$average_r
  } else {
    # psych deleted the constant item(s); alpha of the rest, and with each item dropped, from the formula.
    dropped <- sapply(seq_len(k), function(i) alpha_all(x[, -i, drop = FALSE]))
    average_r <- NA
  }
  ci <- alpha.ci(alpha, n, k, p.val = 0.05)
  ci90 <- alpha.ci(alpha, n, k, p.val = 0.10)
  df1 <- n - 1
  df2 <- (n - 1) * (k - 1)
  fixture <- list(
    dataset = name,
    versions = versions,
    n = n,
    k = k,
    constantItems = I(constant),
    alpha = alpha,
    psychRawAlpha = psych_alpha$total$raw_alpha,
    feldt = list(
      list(level = 0.95, lower = ci$lower.ci, upper = ci$upper.ci),
      list(level = 0.90, lower = ci90$lower.ci, upper = ci90$upper.ci)
    ),
    psychFeldt = list(lower = as.numeric(psych_alpha$feldt$lower.ci), upper = as.numeric(psych_alpha$feldt$upper.ci)),
    alphaIfDropped = dropped,
    averageR = average_r,
    floorCeiling = lapply(x, function(v) list(floor = mean(v == 1), ceiling = mean(v == 5))),
    qf = list(
      list(p = 0.025, df1 = df1, df2 = df2, value = qf(0.025, df1, df2)),
      list(p = 0.975, df1 = df1, df2 = df2, value = qf(0.975, df1, df2)),
      list(p = 0.05, df1 = df1, df2 = df2, value = qf(0.05, df1, df2)),
      list(p = 0.95, df1 = df1, df2 = df2, value = qf(0.95, df1, df2))
    ),
    cfa = one_factor(x)
  )
  write_fixture(fixture, name)
}

# Pairwise-complete correlations of six variables with missing values.
x <- read.csv(file.path(datasets, "pairwise-6.csv"))
observed <- !is.na(x)
write_fixture(list(
  dataset = "pairwise-6",
  versions = versions,
  n = nrow(x),
  pairs = unname(crossprod(observed)),
  cor = unname(suppressWarnings(cor(x, use = "pairwise.complete.obs")))
), "pairwise-6")

# F quantiles: the sizes of cohorts and scales the app meets, plus small, fractional and lopsided degrees of
# freedom and far tails.
grid <- expand.grid(
  p = c(1e-6, 0.001, 0.025, 0.05, 0.5, 0.95, 0.975, 0.999),
  df = list(c(1, 1), c(1, 10), c(2, 5), c(5, 2), c(0.5, 3), c(2.5, 7.5), c(11, 33), c(29, 87), c(299, 897),
            c(299, 1196), c(1000, 5000), c(3, 10000), c(5000, 5000))
)
# And the regularized incomplete beta function (the beta distribution function) they are computed from.
beta_grid <- expand.grid(
  x = c(1e-10, 0.001, 0.1, 0.3, 0.5, 0.7, 0.9, 0.999),
  ab = list(c(0.5, 0.5), c(1, 1), c(0.25, 3), c(2, 5), c(5, 2), c(74.5, 223.5), c(500, 2500), c(1.5, 5000))
)
write_fixture(list(
  versions = versions,
  values = lapply(seq_len(nrow(grid)), function(i) {
    df <- grid$df[[i]]
    list(p = grid$p[i], df1 = df[1], df2 = df[2], value = qf(grid$p[i], df[1], df[2]))
  }),
  pbeta = lapply(seq_len(nrow(beta_grid)), function(i) {
    ab <- beta_grid$ab[[i]]
    list(x = beta_grid$x[i], a = ab[1], b = ab[2], value = pbeta(beta_grid$x[i], ab[1], ab[2]))
  })
), "qf")

status <- system2("npx", c("prettier", "--log-level", "warn", "--write", written))
if (status != 0) warning("Prettier did not run; format the fixtures with: npx prettier --write ", root)
cat("Wrote the reference fixtures to", root, "\n")
