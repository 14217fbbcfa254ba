#!/usr/bin/perl
# Creates many tickets in an RT instance quickly, through RT's own Perl API (in-process, no HTTP,
# no scrips: the tickets have no history of their own), for the connector's import benchmark.
# Run by `.ci/rt seed QUEUE COUNT ORGANISATIONS` as www-data with the instance's configuration.
#
# Ticket i is requested by contact@org-<i mod ORGANISATIONS>.example, whose Organization is
# "Org <i mod ORGANISATIONS>"; priorities cycle through 0, 50, 100, 150; every tenth ticket is
# stalled, every seventh resolved.
use strict;
use warnings;
use Time::HiRes qw(time);
use RT;
RT::LoadConfig();
RT::Init();

my ($queue_name, $count, $organisations) = @ARGV;
die "usage: rt-seed.pl QUEUE COUNT ORGANISATIONS\n" unless $queue_name && $count && $organisations;

my $queue = RT::Queue->new(RT->SystemUser);
$queue->Load($queue_name);
unless ($queue->id) {
    my ($ok, $msg) = $queue->Create(Name => $queue_name);
    die "queue: $msg\n" unless $ok;
}

my @requestors;
for my $k (0 .. $organisations - 1) {
    my $email = "contact\@org-$k.example";
    my $user = RT::User->new(RT->SystemUser);
    $user->LoadByEmail($email);
    unless ($user->id) {
        my ($ok, $msg) = $user->Create(Name => $email, EmailAddress => $email,
            RealName => "Contact of Org $k", Organization => "Org $k", Privileged => 0);
        die "user $email: $msg\n" unless $ok;
    }
    push @requestors, $user->PrincipalId;
}

my @priorities = (0, 50, 100, 150);
my $started = time;
$RT::Handle->BeginTransaction;
for my $i (1 .. $count) {
    my $status = $i % 7 == 0 ? 'resolved' : 'open';
    my $ticket = RT::Ticket->new(RT->SystemUser);
    my ($id, undef, $msg) = $ticket->Create(
        Queue => $queue->id, Subject => "Seeded ticket $i", Status => $status,
        Requestor => [$requestors[$i % $organisations]], Priority => $priorities[$i % 4],
        _RecordTransaction => 0);
    die "ticket $i: $msg\n" unless $id;
    # RT's lifecycle does not let a ticket be created stalled.
    $ticket->_Set(Field => 'Status', Value => 'stalled', RecordTransaction => 0) if $i % 10 == 0 && $i % 7;
    if ($i % 50 == 0) { # short transactions: the server keeps answering while this runs
        $RT::Handle->Commit;
        $RT::Handle->BeginTransaction;
    }
}
$RT::Handle->Commit;
my $seconds = time - $started;
printf "rt: seeded %d tickets into queue %s in %.1f s (%.0f tickets/s)\n", $count, $queue_name, $seconds,
    $count / ($seconds || 1);
