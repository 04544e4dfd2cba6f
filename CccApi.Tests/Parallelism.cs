// Fixtures marked [Parallelizable] have a host and a database of their own and run two at a time; every
// other fixture (the shared host's, and those that kill processes or stop the database) runs alone.
[assembly: LevelOfParallelism(2)]
