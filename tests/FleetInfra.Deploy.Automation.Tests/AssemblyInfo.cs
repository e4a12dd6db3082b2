// The adapter puts the stand-in CLI's folder in front of the process's PATH: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
