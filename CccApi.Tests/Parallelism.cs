// Fixtures marked [Parallelizable] have a host and a database of their own and run two at a time (two
// cores); every other fixture (the shared host's, the fuzz run and the races, which measure or collide
// requests, and those that kill processes or stop the database) runs alone.
[assembly: LevelOfParallelism(2)]
