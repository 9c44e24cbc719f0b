#!/usr/bin/perl
# The Perl producers of the matrix (scripts/producers.py): writes the ledger
# given as a cells file with Spreadsheet::WriteExcel (.xls, BIFF8 with a
# CODEPAGE record of 1252) or Excel::Writer::XLSX, as old Perl exporters do.
#
#   perl producers.pl writeexcel|xlsx CELLS OUT
use strict;
use warnings;
use utf8;

my ($which, $cells, $out) = @ARGV;
my $class = $which eq 'writeexcel' ? 'Spreadsheet::WriteExcel' : 'Excel::Writer::XLSX';
eval "require $class" or die $@;
my $wb = $class->new($out) or die "cannot create $out";
my $dates = $wb->add_format(num_format => 'yyyy-mm-dd');
my @sheets;

sub unescape {
    my ($s) = @_;
    $s =~ s/\\(.)/$1 eq 't' ? "\t" : $1 eq 'n' ? "\n" : $1 eq 'r' ? "\r" : $1/ge;
    return $s;
}

open(my $in, '<:encoding(UTF-8)', $cells) or die "$cells: $!";
while (my $line = <$in>) {
    chomp $line;
    my @f = split /\t/, $line, -1;
    if ($f[0] eq 'S') {
        push @sheets, $wb->add_worksheet(unescape($f[2]));
        next;
    }
    my ($sheet, $row, $col, $type, $value) = @f[1 .. 5];
    $value = unescape($value);
    my $ws = $sheets[$sheet];
    if ($type eq 's') {
        # write_string: never guessed as a number or a formula.
        $ws->write_string($row, $col, $value);
    } elsif ($type eq 'n') {
        $ws->write_number($row, $col, $value);
    } elsif ($type eq 'b') {
        if ($ws->can('write_boolean')) {
            $ws->write_boolean($row, $col, $value);
        } else {
            # Spreadsheet::WriteExcel has no boolean cell: TRUE()/FALSE()
            # with 1/0 cached (a flag reads 1 and 0 as 是 and 否).
            $ws->write_formula($row, $col, $value ? '=TRUE()' : '=FALSE()', undef, $value);
        }
    } elsif ($type eq 'd') {
        $ws->write_date_time($row, $col, $value . 'T', $dates);
    } else {
        die "type $type";
    }
}
$wb->close() or die "cannot write $out";
